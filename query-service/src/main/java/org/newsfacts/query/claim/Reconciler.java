package org.newsfacts.query.claim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.query.claim.ClaimDtos.Claim;
import org.newsfacts.query.claim.ClaimDtos.Source;
import org.newsfacts.query.claim.ClaimDtos.UsdSpread;
import org.newsfacts.query.claim.ClaimDtos.Verdict;

/**
 * Groups facts from different articles that state the same thing into claims and judges whether
 * they agree. Same thing: same type, canonical subject, metric / role / named object and kind of
 * value, and a compatible period and market (one left unsaid fits the single one stated elsewhere).
 * Pure: the caller loads the facts and gives each article's original (extract-service links a
 * syndicated copy to the article it copies; an original is its own).
 */
public final class Reconciler {

    /** Roles one person holds at a time: two names for one of them at one organization conflict. */
    static final Set<String> SINGLE_HOLDER = Set.of("CEO", "CFO", "CTO", "COO", "CHAIRMAN", "PRESIDENT");

    private static final Set<FactType> SIGNED = Set.of(FactType.STOCK_MOVE, FactType.METRIC_CHANGE);
    private static final Set<FactType> TOPIC_OBJECTS =
            Set.of(FactType.INVESTMENT, FactType.FUNDING, FactType.MARKET_SHARE);

    private final Function<String, String> originalOfArticle;

    public Reconciler(Function<String, String> originalOfArticle) {
        this.originalOfArticle = originalOfArticle;
    }

    public List<Claim> reconcile(List<ClaimFact> facts) {
        Map<String, List<ClaimFact>> hard = new LinkedHashMap<>();
        for (ClaimFact f : facts) {
            hard.computeIfAbsent(hardKey(f), k -> new ArrayList<>()).add(f);
        }
        List<Claim> claims = new ArrayList<>();
        for (List<ClaimFact> group : hard.values()) {
            for (List<ClaimFact> claim : splitBySoftKey(group)) {
                claims.add(judge(claim));
            }
        }
        claims.sort(Comparator.comparingInt(Claim::articles)
                .reversed()
                .thenComparing(c -> c.type().wire())
                .thenComparing(c -> Objects.toString(c.subject(), "")));
        return claims;
    }

    /** Type, what the claim is about, and what kind of statement it is. */
    static String hardKey(ClaimFact f) {
        String object = switch (f.type()) {
            case ROLE -> rolePerPerson(f) ? f.subject() : null;
            case QUOTE ->
                f.text() == null
                        ? null
                        : f.text()
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                                .strip();
            case PARTNERSHIP -> f.object();
            default ->
                TOPIC_OBJECTS.contains(f.type()) && f.objectType() != EntityType.ORGANIZATION ? null : f.object();
        };
        String subject = subjectOf(f);
        return String.join(
                "\u0000",
                f.type().wire(),
                Objects.toString(subject, ""),
                Objects.toString(object, ""),
                Objects.toString(f.metric(), ""),
                Objects.toString(normalRole(f.role()), ""),
                valueKind(f));
    }

    /** A role with no organization, or one several people hold at once: each person is a claim of their own. */
    private static boolean rolePerPerson(ClaimFact f) {
        return f.type() == FactType.ROLE && (f.object() == null || !SINGLE_HOLDER.contains(normalRole(f.role())));
    }

    /** A ROLE claim is about the organization; anything else about the fact's subject. */
    static String subjectOf(ClaimFact f) {
        return f.type() == FactType.ROLE && f.object() != null ? f.object() : f.subject();
    }

    private static String normalRole(String role) {
        return "CO_FOUNDER".equals(role) ? "FOUNDER" : role;
    }

    private static String valueKind(ClaimFact f) {
        if (f.value() == null || f.unit() == null) {
            return "";
        }
        return switch (f.unit()) {
            case "PERCENT", "SHARES" -> f.unit();
            default -> "MONEY";
        };
    }

    /** Splits a group by period and market; facts that state neither join the one variant others state, if there is one. */
    static List<List<ClaimFact>> splitBySoftKey(List<ClaimFact> group) {
        Map<String, List<ClaimFact>> bySoft = new LinkedHashMap<>();
        List<ClaimFact> unsaid = new ArrayList<>();
        for (ClaimFact f : group) {
            if (f.period() == null && f.market() == null) {
                unsaid.add(f);
            } else {
                bySoft.computeIfAbsent(f.period() + "\u0000" + f.market(), k -> new ArrayList<>())
                        .add(f);
            }
        }
        if (!unsaid.isEmpty()) {
            if (bySoft.size() == 1) {
                bySoft.values().iterator().next().addAll(unsaid);
            } else {
                bySoft.put("", unsaid);
            }
        }
        return new ArrayList<>(bySoft.values());
    }

    Claim judge(List<ClaimFact> facts) {
        ClaimFact first = facts.get(0);
        String role = normalRole(first.role());
        Set<String> articles =
                facts.stream().map(ClaimFact::articleId).collect(Collectors.toCollection(LinkedHashSet::new));
        Judgement judgement = first.type() == FactType.ROLE ? judgeRole(facts, role) : judgeValues(facts);
        String object = first.type() == FactType.ROLE
                ? (first.object() != null && rolePerPerson(first) ? first.subject() : null)
                : facts.stream()
                        .map(ClaimFact::object)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null);
        return new Claim(
                first.type(),
                subjectOf(first),
                object,
                first.metric(),
                role,
                facts.stream()
                        .map(ClaimFact::market)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null),
                facts.stream()
                        .map(ClaimFact::period)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null),
                judgement.verdict,
                judgement.reason,
                articles.size(),
                independent(articles),
                spread(facts),
                facts.stream().map(Reconciler::source).toList());
    }

    private record Judgement(Verdict verdict, String reason) {}

    private static Judgement judgeRole(List<ClaimFact> facts, String role) {
        Map<String, Long> people = facts.stream()
                .collect(Collectors.groupingBy(
                        ClaimFact::subject,
                        LinkedHashMap::new,
                        Collectors.mapping(ClaimFact::articleId, Collectors.collectingAndThen(Collectors.toSet(), s ->
                                (long) s.size()))));
        if (people.size() <= 1 || !SINGLE_HOLDER.contains(role)) {
            return new Judgement(
                    Verdict.AGREE, facts.size() == 1 ? "one source" : "every source names the same person");
        }
        String who = people.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " article)" : " articles)"))
                .collect(Collectors.joining(", "));
        return new Judgement(
                Verdict.CONFLICT,
                "different people named " + role + " of " + facts.get(0).object() + ": " + who);
    }

    private static Judgement judgeValues(List<ClaimFact> facts) {
        List<ClaimFact> valued = facts.stream().filter(f -> f.value() != null).toList();
        if (valued.isEmpty()) {
            return new Judgement(
                    Verdict.AGREE,
                    facts.size() == 1 ? "one source" : "the sources state the same thing (no values to compare)");
        }
        boolean identical = valued.stream()
                        .map(f -> List.of(
                                f.value().stripTrailingZeros(),
                                Objects.toString(f.unit()),
                                Objects.toString(f.approx()),
                                Objects.toString(f.direction())))
                        .distinct()
                        .count()
                == 1;
        if (identical) {
            return new Judgement(
                    Verdict.AGREE,
                    valued.size() == 1 ? "one source with a value" : "every source states the same value");
        }
        boolean oneUnit = valued.stream().map(ClaimFact::unit).distinct().count() == 1;
        boolean money = !"PERCENT".equals(valued.get(0).unit())
                && !"SHARES".equals(valued.get(0).unit());
        String compareIn = oneUnit ? valued.get(0).unit() : "USD";
        Interval common = Interval.ALL;
        ClaimFact lowestTop = null;
        ClaimFact highestBottom = null;
        Interval lowestTopRange = null;
        Interval highestBottomRange = null;
        int compared = 0;
        for (ClaimFact f : valued) {
            Interval range = oneUnit || !money ? Tolerance.stated(f.value(), f.approx()) : Tolerance.usd(f);
            if (range == null) {
                continue; // no dollar value for this currency: listed, not judged
            }
            if (SIGNED.contains(f.type()) && f.direction() == Direction.DOWN) {
                range = range.negate();
            }
            compared++;
            common = common.intersect(range);
            if (range.high() != null && (lowestTopRange == null || range.high().compareTo(lowestTopRange.high()) < 0)) {
                lowestTop = f;
                lowestTopRange = range;
            }
            if (range.low() != null
                    && (highestBottomRange == null || range.low().compareTo(highestBottomRange.low()) > 0)) {
                highestBottom = f;
                highestBottomRange = range;
            }
        }
        if (compared < 2) {
            return new Judgement(Verdict.AGREE, "only one source has a value comparable in " + compareIn);
        }
        if (!common.isEmpty()) {
            return new Judgement(
                    Verdict.EQUIVALENT,
                    "every value fits " + range(common, compareIn) + " given the stated precision"
                            + (oneUnit ? "" : " and currency conversion"));
        }
        return new Judgement(
                Verdict.CONFLICT,
                describe(lowestTop) + " (at most " + plain(lowestTopRange.high()) + " " + compareIn + ") cannot be "
                        + describe(highestBottom) + " (at least " + plain(highestBottomRange.low()) + " " + compareIn
                        + ")");
    }

    private static String describe(ClaimFact f) {
        String approx = f.approx() == null || f.approx() == Approx.EXACT
                ? ""
                : f.approx().wire().toLowerCase(Locale.ROOT).replace('_', ' ') + " ";
        String direction = f.direction() == null ? "" : f.direction().wire().toLowerCase(Locale.ROOT) + " ";
        return direction + approx + plain(f.value()) + " " + f.unit() + " in " + f.source();
    }

    private static String range(Interval i, String unit) {
        if (i.low() != null && i.high() != null && i.low().compareTo(i.high()) == 0) {
            return "exactly " + plain(i.low()) + " " + unit;
        }
        String low = i.low() == null ? "−∞" : plain(i.low());
        String high = i.high() == null ? "∞" : plain(i.high());
        return low + "–" + high + " " + unit;
    }

    private static String plain(BigDecimal v) {
        BigDecimal rounded = v.round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** Articles count once per original: an article and its near duplicates are one source. */
    private int independent(Set<String> articles) {
        Set<String> originals = new HashSet<>();
        for (String id : articles) {
            String original = originalOfArticle.apply(id);
            originals.add(original == null ? id : original); // not known: counted as its own source
        }
        return originals.size();
    }

    private static UsdSpread spread(List<ClaimFact> facts) {
        List<BigDecimal> usd =
                facts.stream().map(ClaimFact::valueUsd).filter(Objects::nonNull).toList();
        if (usd.isEmpty()) {
            return null;
        }
        BigDecimal min = usd.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = usd.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal spread = max.subtract(min);
        double relative = max.signum() == 0
                ? 0
                : spread.divide(max.abs(), MathContext.DECIMAL64).doubleValue();
        return new UsdSpread(min, max, spread, Math.round(relative * 10000) / 10000.0);
    }

    private static Source source(ClaimFact f) {
        String stated = switch (f.type()) {
            case ROLE -> f.subject();
            case QUOTE -> f.text();
            default -> null;
        };
        return new Source(
                f.articleId(),
                f.source(),
                f.outlet(),
                f.published(),
                stated,
                f.value(),
                f.unit(),
                f.approx(),
                f.direction(),
                f.valueUsd(),
                f.usdStated(),
                f.period(),
                f.sentence(),
                f.start(),
                f.end(),
                f.confidence());
    }
}
