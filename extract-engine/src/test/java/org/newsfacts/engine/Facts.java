package org.newsfacts.engine;

import java.time.LocalDate;
import java.util.List;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/** Test helper: the rules alone (every candidate as proposed, no learned decision) on a text, facts of one type. */
public final class Facts {

    public static final Extractor EXTRACTOR = Extractor.rules();
    public static final LocalDate DATE = LocalDate.of(2025, 2, 27);

    private Facts() {}

    public static List<Fact> of(String text) {
        return EXTRACTOR.extract(text, DATE);
    }

    public static List<Fact> of(FactType type, String text) {
        return of(text).stream().filter(f -> f.type() == type).toList();
    }

    private static final Extractor CANDIDATES = Extractor.readings();

    /** Every candidate the rules propose (broad ones too), before subjects are varied and the model decides. */
    public static List<Candidate> candidates(FactType type, String text) {
        return CANDIDATES.run(text, DATE).get(Layers.CANDIDATES).stream()
                .filter(c -> c.fact().type() == type)
                .toList();
    }

    public static Fact one(FactType type, String text) {
        List<Fact> found = of(type, text);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " in '" + text + "', found " + of(text));
        }
        return found.get(0);
    }
}
