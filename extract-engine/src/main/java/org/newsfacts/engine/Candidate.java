package org.newsfacts.engine;

import org.newsfacts.model.Fact;

/**
 * A reading of a sentence that may be a fact: the fact as proposed, the rule that proposed it, and
 * where its subject (or, for a role, its organisation) came from. Rules propose one reading each;
 * {@code SubjectAlternatives} adds the same reading with the other plausible subjects, and the
 * decision stage keeps at most one per reading. A {@code broad} candidate is a looser reading a rule
 * proposes for recall, leaving it to the model: the rules-only chain ({@code Extractor.rules()}) omits it.
 */
public record Candidate(Fact fact, String rule, SubjectSource source, boolean broad) {

    /** Where a candidate's subject came from. */
    public enum SubjectSource {
        /** The rule's own reading of the sentence. */
        RULE,
        /** Another organisation named in the same sentence. */
        SENTENCE,
        /** The organisation the article is about at that sentence (coreference's focus). */
        FOCUS,
        /** The organisation named most often in the article. */
        TOPIC,
        /** An organisation of the headline or the first sentence. */
        HEADLINE,
        /** The subject of the previous sentence's candidates. */
        PREVIOUS
    }

    public static Candidate proposed(Fact fact, String rule) {
        return new Candidate(fact, rule, SubjectSource.RULE, false);
    }

    /** A looser reading, proposed for recall only. */
    public static Candidate broad(Fact fact, String rule) {
        return new Candidate(fact, rule, SubjectSource.RULE, true);
    }

    /** The same candidate about another subject (or organisation), found from {@code source}. */
    public Candidate with(Fact other, SubjectSource from) {
        return new Candidate(other, rule, from, broad);
    }
}
