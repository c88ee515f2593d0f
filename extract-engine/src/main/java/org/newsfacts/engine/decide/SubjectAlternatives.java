package org.newsfacts.engine.decide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.newsfacts.engine.Candidate;
import org.newsfacts.engine.Candidate.SubjectSource;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.FactCopies;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Stage;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Turns the rules' candidates into readings: each candidate with every plausible subject — the
 * organisations of its sentence, the article's focus at that sentence, the organisation named most,
 * those of the headline and lead, the previous sentence's subject — as a group from which the
 * decision keeps at most one. For a role the organisation varies instead of the person; for deals,
 * holdings, investments and partnerships the object varies too (the other organisations of the
 * sentence, the focus, the topic). Candidates of two rules that read a sentence the same way share a
 * group. Each reading gets its features.
 */
public final class SubjectAlternatives implements Stage {

    /** Types whose subject is an organisation that the sentence may not name where the rule looked. */
    private static final Set<FactType> VARY_SUBJECT = Set.of(
            FactType.FINANCIAL_METRIC,
            FactType.METRIC_CHANGE,
            FactType.STOCK_MOVE,
            FactType.INVESTMENT,
            FactType.FUNDING,
            FactType.MARKET_SHARE,
            FactType.STAKE,
            FactType.ACQUISITION);
    /** Types whose object is an organisation the rule may have taken from the wrong place in the sentence. */
    private static final Set<FactType> VARY_OBJECT =
            Set.of(FactType.ACQUISITION, FactType.STAKE, FactType.INVESTMENT, FactType.PARTNERSHIP, FactType.FUNDING);

    private static final EntityType ORGANIZATION = EntityType.ORGANIZATION;
    /** At most this many readings in a group (the rule's own first). */
    static final int MAX_GROUP = 12;

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CANDIDATES, Layers.CLAUSES, Layers.ENTITIES, Layers.REFERENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.READINGS);
    }

    @Override
    public void process(Document document) {
        ArticleContext ctx = ArticleContext.of(document);
        List<Candidate> proposed = new ArrayList<>(document.get(Layers.CANDIDATES));
        proposed.sort(Comparator.comparingInt(c -> c.fact().evidence().start()));
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        String previous = null;
        int previousClause = -1;
        String current = null;
        int currentClause = -1;
        for (Candidate c : proposed) {
            Fact f = c.fact();
            int clause = ctx.clauseAt(f.evidence().start());
            if (clause != currentClause) {
                if (current != null) {
                    previous = current;
                    previousClause = currentClause;
                }
                currentClause = clause;
                current = null;
            }
            List<Candidate> group = groups.computeIfAbsent(groupKey(f), k -> new ArrayList<>());
            add(group, c);
            if (VARY_OBJECT.contains(f.type()) && (f.object() == null || ORGANIZATION.equals(f.objectType()))) {
                for (Candidate alt : organisations(c, ctx.clauses.get(clause), ctx)) {
                    add(group, alt);
                }
            }
            if (VARY_SUBJECT.contains(f.type())) {
                if (f.subject() != null && ORGANIZATION.equals(f.subjectType())) {
                    current = f.subject();
                }
                for (Candidate alt :
                        subjects(c, ctx.clauses.get(clause), ctx, previousClause == clause - 1 ? previous : null)) {
                    add(group, alt);
                }
            } else if (f.type() == FactType.ROLE) {
                for (Candidate alt : organisations(c, ctx.clauses.get(clause), ctx)) {
                    add(group, alt);
                }
            }
        }
        List<List<Candidate>> grouped = new ArrayList<>(groups.values());
        document.put(Layers.READINGS, ReadingFeatures.of(grouped, ctx));
    }

    private static void add(List<Candidate> group, Candidate c) {
        if (group.size() >= MAX_GROUP) {
            return;
        }
        for (Candidate g : group) {
            if (ArticleContext.key(g.fact().subject())
                            .equals(ArticleContext.key(c.fact().subject()))
                    && ArticleContext.key(g.fact().object())
                            .equals(ArticleContext.key(c.fact().object()))) {
                return;
            }
        }
        if (c.fact().subject() != null
                && ArticleContext.key(c.fact().subject())
                        .equals(ArticleContext.key(c.fact().object()))) {
            return; // an organisation does not buy, hold or partner with itself
        }
        group.add(c);
    }

    /** What the readings of one group share: the rule's reading but its subject (a role: its organisation). */
    static String groupKey(Fact f) {
        boolean role = f.type() == FactType.ROLE;
        String fixed = role
                ? Objects.toString(f.subject())
                : VARY_SUBJECT.contains(f.type()) ? Objects.toString(f.object()) : f.subject() + "|" + f.object();
        return String.join(
                "|",
                f.type().wire(),
                String.valueOf(f.evidence().start()),
                fixed,
                f.value() == null ? "" : f.value().stripTrailingZeros().toPlainString(),
                Objects.toString(f.unit()),
                Objects.toString(f.metric()),
                Objects.toString(f.direction()),
                Objects.toString(f.role()),
                Objects.toString(f.market()),
                Objects.toString(f.text()));
    }

    private static List<Candidate> subjects(Candidate c, Clause clause, ArticleContext ctx, String previous) {
        Fact f = c.fact();
        return others(c, clause, ctx, name -> FactCopies.withSubject(f, name, ORGANIZATION), previous, true);
    }

    private static List<Candidate> organisations(Candidate c, Clause clause, ArticleContext ctx) {
        Fact f = c.fact();
        return others(c, clause, ctx, name -> FactCopies.withObject(f, name, ORGANIZATION), null, false);
    }

    /**
     * The candidate with each other organisation in turn, by {@code with}: those of the sentence, the
     * focus, the topic, then (for subjects) the previous sentence's subject and the headline's.
     */
    private static List<Candidate> others(
            Candidate c,
            Clause clause,
            ArticleContext ctx,
            Function<String, Fact> with,
            String previous,
            boolean headline) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(ArticleContext.key(c.fact().subject()));
        seen.add(ArticleContext.key(c.fact().object()));
        BiConsumer<String, SubjectSource> offer = (name, source) -> {
            if (name != null && seen.add(ArticleContext.key(name))) {
                out.add(c.with(with.apply(name), source));
            }
        };
        organisationsOf(clause).forEach(name -> offer.accept(name, SubjectSource.SENTENCE));
        offer.accept(clause.focus(), SubjectSource.FOCUS);
        offer.accept(ctx.topic, SubjectSource.TOPIC);
        offer.accept(previous, SubjectSource.PREVIOUS);
        if (headline && !ctx.clauses.isEmpty()) {
            organisationsOf(ctx.clauses.get(0)).forEach(name -> offer.accept(name, SubjectSource.HEADLINE));
        }
        return out;
    }

    private static List<String> organisationsOf(Clause clause) {
        List<String> out = new ArrayList<>();
        for (Mention m : clause.slots()) {
            if (m.kind() == Mention.Kind.ORG && m.canonical() != null) {
                out.add(m.canonical());
            }
        }
        return out;
    }
}
