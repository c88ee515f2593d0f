package org.newsfacts.engine.decide;

import java.util.List;
import org.newsfacts.engine.Candidate;

/**
 * One candidate in its group: the candidates of a group say the same thing about different subjects
 * (or, for a role, different organisations); the decision keeps at most one of them. {@code features}
 * are the names the model weighs ({@link ReadingFeatures}).
 */
public record Reading(Candidate candidate, int group, List<String> features) {}
