package org.newsfacts.engine.post;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Stage;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.Fact.Alt;
import org.newsfacts.model.FactType;

/**
 * Merges facts of one article that state the same claim: same type, subject, named object, metric,
 * role (a founder and co-founder are one claim) and direction, and the same amount — equal within 1%
 * in one unit, or one of them stated as the other's alternative ("380 billion yuan ($53 billion)" and
 * a later "$53 billion investment"). The first statement is kept with its evidence; later ones fill
 * its empty fields and add their amounts as alternatives. Quotes merge on speaker and wording. A
 * holding stated without its size is dropped where the article states the same holding's size.
 */
public final class FactMerger implements Stage {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.FACTS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.FACTS_MERGED);
    }

    @Override
    public void process(Document document) {
        List<Fact> facts = new ArrayList<>(document.get(Layers.FACTS));
        facts.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));
        List<Fact> kept = new ArrayList<>();
        outer:
        for (Fact f : facts) {
            for (int i = 0; i < kept.size(); i++) {
                if (same(kept.get(i), f)) {
                    kept.set(i, merge(kept.get(i), f));
                    continue outer;
                }
            }
            kept.add(f);
        }
        List<Fact> merged = new ArrayList<>();
        for (Fact f : kept) {
            if (!sizeStatedElsewhere(f, kept)) {
                merged.add(f);
            }
        }
        document.put(Layers.FACTS, List.copyOf(merged));
        document.put(Layers.FACTS_MERGED, true);
    }

    /** A holding stated without its size where the article also states its size is the same claim, less well said. */
    private static boolean sizeStatedElsewhere(Fact f, List<Fact> all) {
        if (f.type() != FactType.STAKE || f.value() != null) {
            return false;
        }
        for (Fact g : all) {
            if (g != f
                    && g.type() == FactType.STAKE
                    && g.value() != null
                    && Objects.equals(key(g.subject()), key(f.subject()))
                    && Objects.equals(key(g.object()), key(f.object()))) {
                return true;
            }
        }
        return false;
    }

    static boolean same(Fact a, Fact b) {
        if (!a.type().equals(b.type()) || !Objects.equals(key(a.subject()), key(b.subject()))) {
            return false;
        }
        if (a.type() == FactType.QUOTE) {
            return similar(a.text(), b.text());
        }
        boolean named = a.objectType() == EntityType.ORGANIZATION
                || b.objectType() == EntityType.ORGANIZATION
                || a.objectType() == EntityType.PERSON
                || a.objectType() == EntityType.PLACE;
        if (named
                && (a.object() == null || b.object() == null || !key(a.object()).equals(key(b.object())))
                && a.type() != FactType.ROLE) {
            return false;
        }
        if (a.type() == FactType.PARTNERSHIP) {
            return true;
        }
        if (!Objects.equals(a.metric(), b.metric())
                || !Objects.equals(roleKey(a.role()), roleKey(b.role()))
                || a.direction() != null
                        && b.direction() != null
                        && !a.direction().equals(b.direction())) {
            return false;
        }
        if (a.value() == null || b.value() == null) {
            return a.value() == null && b.value() == null || a.type() != FactType.STAKE && named;
        }
        return amounts(a).stream().anyMatch(x -> amounts(b).stream().anyMatch(y -> close(x, y)));
    }

    private static List<Alt> amounts(Fact f) {
        List<Alt> out = new ArrayList<>();
        out.add(new Alt(f.value(), f.unit()));
        if (f.alt() != null) {
            out.addAll(f.alt());
        }
        return out;
    }

    private static boolean close(Alt x, Alt y) {
        if (!Objects.equals(x.unit(), y.unit()) || x.value() == null || y.value() == null) {
            return false;
        }
        BigDecimal diff = x.value().subtract(y.value()).abs();
        return diff.compareTo(x.value().abs().multiply(new BigDecimal("0.01"), MathContext.DECIMAL64)) <= 0;
    }

    private static Fact merge(Fact a, Fact b) {
        List<Alt> alts = new ArrayList<>(a.alt() == null ? List.of() : a.alt());
        for (Alt x : amounts(b)) {
            if (x.value() != null && amounts(a).stream().noneMatch(y -> close(x, y))) {
                alts.add(x);
            }
        }
        String role = a.role();
        if ("FOUNDER".equals(a.role()) && "CO_FOUNDER".equals(b.role())) {
            role = "CO_FOUNDER";
        }
        return new Fact(
                a.type(),
                a.subject(),
                a.subjectType(),
                a.object() != null ? a.object() : b.object(),
                a.object() != null ? a.objectType() : b.objectType(),
                a.value() != null ? a.value() : b.value(),
                a.value() != null ? a.unit() : b.unit(),
                a.valueUsd(),
                a.approx() != null ? a.approx() : b.approx(),
                a.direction() != null ? a.direction() : b.direction(),
                a.metric(),
                role,
                a.market() != null ? a.market() : b.market(),
                a.period() != null ? a.period() : b.period(),
                a.periodText() != null ? a.periodText() : b.periodText(),
                a.text(),
                alts.isEmpty() ? null : List.copyOf(alts),
                a.evidence(),
                Math.max(a.confidence(), b.confidence()),
                null,
                a.fx(),
                null,
                null);
    }

    static String key(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    private static String roleKey(String role) {
        return role == null ? null : role.equals("CO_FOUNDER") ? "FOUNDER" : role;
    }

    static boolean similar(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> y = new HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> any = new HashSet<>(x);
        any.addAll(y);
        return !any.isEmpty() && both.size() * 10 >= any.size() * 6;
    }
}
