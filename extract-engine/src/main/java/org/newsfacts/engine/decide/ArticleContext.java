package org.newsfacts.engine.decide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;

/**
 * What the whole article says about its entities, for the readings of one sentence: how often each
 * is named (salience), which organisation is named most (the topic), which are in the headline and
 * lead, and which clause holds a given offset.
 */
final class ArticleContext {

    /** Sentences that count as the lead (the headline and the sentences after it). */
    static final int LEAD = 3;

    final List<Clause> clauses;
    private final int[] starts;
    private final Map<String, Integer> mentions = new HashMap<>();
    private final Map<String, Integer> firstClause = new HashMap<>();
    private final Map<String, Integer> orgRank = new HashMap<>();
    private final Set<String> lead = new HashSet<>();
    final String topic;

    private ArticleContext(Document document) {
        clauses = document.get(Layers.CLAUSES);
        starts = new int[clauses.size()];
        for (int i = 0; i < clauses.size(); i++) {
            starts[i] = clauses.get(i).sentence().span().start();
        }
        Map<String, String> display = new HashMap<>();
        List<Mention> all = new ArrayList<>(document.get(Layers.ENTITIES));
        all.addAll(document.get(Layers.REFERENCES));
        for (Mention m : all) {
            if (m.canonical() == null || m.kind() != Mention.Kind.ORG && m.kind() != Mention.Kind.PERSON) {
                continue;
            }
            String key = key(m.canonical());
            mentions.merge(key, 1, Integer::sum);
            int at = clauseAt(m.span().start());
            firstClause.merge(key, at, Math::min);
            if (at < LEAD) {
                lead.add(key);
            }
            if (m.kind() == Mention.Kind.ORG) {
                display.putIfAbsent(key, m.canonical());
            }
        }
        List<String> orgs = new ArrayList<>(display.keySet());
        orgs.sort(Comparator.<String>comparingInt(k -> -mentions.get(k))
                .thenComparingInt(firstClause::get)
                .thenComparing(k -> k));
        for (int i = 0; i < orgs.size(); i++) {
            orgRank.put(orgs.get(i), i);
        }
        topic = orgs.isEmpty() ? null : display.get(orgs.get(0));
    }

    static ArticleContext of(Document document) {
        return new ArticleContext(document);
    }

    static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    /** The clause whose sentence holds {@code offset} (the last one starting at or before it). */
    int clauseAt(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    int mentions(String name) {
        return mentions.getOrDefault(key(name), 0);
    }

    /** 0 for the organisation named most, 1 for the next …; -1 when not an organisation of the article. */
    int orgRank(String name) {
        return orgRank.getOrDefault(key(name), -1);
    }

    boolean inLead(String name) {
        return lead.contains(key(name));
    }

    /** The clause of the first mention, or -1. */
    int firstClause(String name) {
        return firstClause.getOrDefault(key(name), -1);
    }
}
