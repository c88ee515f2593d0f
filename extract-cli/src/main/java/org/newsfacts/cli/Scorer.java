package org.newsfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;

/**
 * Scores extracted facts (the export's JSON shape) against gold facts, one article at a time, by the
 * rules of docs/FACTS.md ("Scoring"): names compared without legal suffixes, core metric and role
 * synonyms, an analysts' estimate only as an {@code _ESTIMATE} metric, values within 1% in the gold
 * unit or an alternative, quotes by word overlap, partnerships in either direction. A fact that
 * matches no gold fact is a false positive; one that matches an already matched gold fact is a
 * duplicate. Not thread-safe: one scorer per run.
 */
public final class Scorer {

    /** True and false positives, false negatives and duplicates of one type, or of all. */
    public record Counts(int tp, int fp, int fn, int dup) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, dup + o.dup);
        }
    }

    private static final Set<String> SUFFIXES = Set.of(
            "inc",
            "corp",
            "corporation",
            "ltd",
            "limited",
            "plc",
            "llc",
            "co",
            "company",
            "holding",
            "holdings",
            "group",
            "platforms",
            "com",
            "sa",
            "ag",
            "nv",
            "the");
    private static final List<Set<String>> METRICS = List.of(
            Set.of("NET_INCOME", "NET_PROFIT", "PROFIT", "NET_EARNINGS", "EARNINGS"),
            Set.of("REVENUE", "SALES", "TURNOVER"),
            Set.of("PRE_TAX_PROFIT", "PROFIT_BEFORE_TAX", "PRETAX_PROFIT"),
            Set.of("OPERATING_INCOME", "OPERATING_PROFIT"),
            Set.of("EPS", "EARNINGS_PER_SHARE"),
            Set.of("MARKET_VALUE", "MARKET_CAPITALIZATION", "MARKET_CAP"),
            Set.of("SHARE_PRICE", "STOCK_PRICE"),
            Set.of("DIVIDEND_PER_SHARE", "DIVIDEND"),
            Set.of("CAPEX", "CAPITAL_EXPENDITURE"),
            Set.of("CUSTOMER_MANAGEMENT_REVENUE"),
            Set.of("CLOUD_REVENUE"));
    private static final List<Set<String>> ROLES = List.of(
            Set.of("CEO", "CHIEF_EXECUTIVE", "CHIEF_EXECUTIVE_OFFICER"),
            Set.of("CFO", "CHIEF_FINANCIAL_OFFICER", "FINANCE_DIRECTOR"),
            Set.of("CTO", "CHIEF_TECHNOLOGY_OFFICER"),
            Set.of("COO", "CHIEF_OPERATING_OFFICER"),
            Set.of("CHAIRMAN", "CHAIR", "CHAIRWOMAN", "CHAIRPERSON"),
            Set.of("PRESIDENT"),
            Set.of("FOUNDER"),
            Set.of("CO_FOUNDER", "COFOUNDER"),
            Set.of("ANALYST"),
            Set.of("INVESTOR"));
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private final Map<String, Counts> byType = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private int articles;

    /** Per type, in name order. */
    public Map<String, Counts> byType() {
        return Collections.unmodifiableMap(byType);
    }

    /** "missed SOURCE: {gold}" and "extra  SOURCE: {fact}" lines, in scoring order. */
    public List<String> misses() {
        return Collections.unmodifiableList(misses);
    }

    public int articles() {
        return articles;
    }

    public Counts total() {
        return byType.values().stream().reduce(new Counts(0, 0, 0, 0), Counts::plus);
    }

    /** Scores one article's extracted facts against its gold facts. */
    public void score(String source, List<JsonNode> gold, List<JsonNode> got) {
        articles++;
        boolean[] matched = new boolean[gold.size()];
        for (JsonNode f : got) {
            String type = text(f, "type");
            int hit = -1;
            boolean any = false;
            for (int i = 0; i < gold.size(); i++) {
                if (matches(gold.get(i), f)) {
                    any = true;
                    if (!matched[i]) {
                        hit = i;
                        break;
                    }
                }
            }
            if (hit >= 0) {
                matched[hit] = true;
                add(type, new Counts(1, 0, 0, 0));
            } else if (any) {
                add(type, new Counts(0, 0, 0, 1));
            } else {
                add(type, new Counts(0, 1, 0, 0));
                misses.add("extra  " + source + ": " + brief(f));
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!matched[i]) {
                add(gold.get(i).get("type").asText(), new Counts(0, 0, 1, 0));
                misses.add("missed " + source + ": " + brief(gold.get(i)));
            }
        }
    }

    private static final List<String> BRIEF =
            List.of("type", "subject", "object", "value", "unit", "direction", "metric", "role", "text");

    /** The fields that matter for matching, as one short line. */
    static String brief(JsonNode fact) {
        StringBuilder out = new StringBuilder("{");
        for (String field : BRIEF) {
            JsonNode v = fact.get(field);
            if (v != null && !v.isNull()) {
                out.append(out.length() > 1 ? ", " : "")
                        .append(field)
                        .append('=')
                        .append(v.isTextual() ? v.asText() : v.toString());
            }
        }
        String line = out.append('}').toString();
        return line.length() > 220 ? line.substring(0, 219) + "…" : line;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private void add(String type, Counts c) {
        byType.merge(type, c, Counts::plus);
    }

    public static String normName(String name) {
        if (name == null) {
            return null;
        }
        String s = name.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace('‘', '\'')
                .replaceAll("'s\\b", "")
                .replaceAll("\\.com\\b", " com");
        List<String> tokens = new ArrayList<>();
        for (String t : NON_ALNUM.split(s)) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        List<String> kept = tokens.stream().filter(t -> !SUFFIXES.contains(t)).toList();
        return String.join(" ", kept.isEmpty() ? tokens : kept);
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }

    private static Set<String> names(JsonNode gold, String field) {
        Set<String> names = new HashSet<>();
        list(gold.get(field)).forEach(n -> names.add(normName(n)));
        JsonNode aliases = gold.path("aliases").get(field);
        list(aliases).forEach(n -> names.add(normName(n)));
        return names;
    }

    private static boolean namesMatch(JsonNode gold, String field, String got) {
        if (gold.get(field) == null || gold.get(field).isNull()) {
            return true;
        }
        return names(gold, field).contains(normName(got));
    }

    private static String canon(List<Set<String>> groups, String name) {
        for (Set<String> g : groups) {
            if (g.contains(name)) {
                return g.stream().sorted().findFirst().orElseThrow();
            }
        }
        return null;
    }

    private static boolean enumMatch(JsonNode gold, String field, String got) {
        if (gold.get(field) == null || gold.get(field).isNull()) {
            return true;
        }
        String g = got == null
                ? ""
                : got.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        List<String> wants = list(gold.get(field)).stream()
                .map(w -> w.toUpperCase(Locale.ROOT))
                .toList();
        List<Set<String>> groups = field.equals("metric") ? METRICS : field.equals("role") ? ROLES : null;
        if (groups == null) {
            return wants.contains(g);
        }
        if (wants.stream().anyMatch(w -> canon(groups, w) != null)) {
            return wants.stream()
                    .anyMatch(w -> canon(groups, w) != null && canon(groups, w).equals(canon(groups, g)));
        }
        if (wants.stream().anyMatch(w -> w.endsWith("_ESTIMATE"))) {
            return g.endsWith("_ESTIMATE");
        }
        return !g.isEmpty() && !g.endsWith("_ESTIMATE");
    }

    private static boolean valueMatch(JsonNode gold, JsonNode got) {
        if (gold.get("value") == null || gold.get("value").isNull()) {
            return true;
        }
        JsonNode value = got.get("value");
        if (value == null || !value.isNumber() && !value.isTextual()) {
            return false;
        }
        double v;
        try {
            v = value.isNumber() ? value.asDouble() : Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            return false;
        }
        String gotUnit = text(got, "unit");
        List<JsonNode> options = new ArrayList<>();
        options.add(gold);
        gold.path("alt").forEach(options::add);
        for (JsonNode o : options) {
            String unit = o.path("unit").isMissingNode() || o.path("unit").isNull()
                    ? null
                    : o.get("unit").asText();
            if (unit != null && !unit.equalsIgnoreCase(gotUnit == null ? "" : gotUnit)) {
                continue;
            }
            double gv = o.get("value").asDouble();
            if (Math.abs(v - gv) <= 0.01 * Math.abs(gv) + 1e-9) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String t : (text == null
                        ? ""
                        : text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\''))
                .split("[^a-z0-9']+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean quoteMatch(JsonNode gold, JsonNode got) {
        List<String> a = words(gold.path("text").asText(null));
        List<String> b = words(text(got, "text"));
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(new HashSet<>(b));
        Set<String> any = new HashSet<>(a);
        any.addAll(b);
        return (double) both.size() / any.size() >= 0.6 || String.join(" ", b).contains(String.join(" ", a));
    }

    /** Whether an extracted fact states the gold fact. */
    public static boolean matches(JsonNode gold, JsonNode got) {
        String type = gold.get("type").asText();
        String gotType = text(got, "type");
        if (gotType == null || !type.equals(gotType.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (type.equals(FactType.PARTNERSHIP.wire())) {
            Set<String> pair = new HashSet<>();
            pair.add(normName(text(got, "subject")));
            pair.add(normName(text(got, "object")));
            Set<String> g1 = names(gold, "subject");
            Set<String> g2 = names(gold, "object");
            return pair.stream().anyMatch(g1::contains) && pair.stream().anyMatch(g2::contains) && pair.size() == 2;
        }
        if (type.equals(FactType.QUOTE.wire())) {
            return quoteMatch(gold, got) && namesMatch(gold, "subject", text(got, "subject"));
        }
        if (!namesMatch(gold, "subject", text(got, "subject"))) {
            return false;
        }
        if (!EntityType.TOPIC.wire().equals(gold.path("objectType").asText(null))
                && !namesMatch(gold, "object", text(got, "object"))) {
            return false;
        }
        return enumMatch(gold, "metric", text(got, "metric"))
                && enumMatch(gold, "role", text(got, "role"))
                && enumMatch(gold, "direction", text(got, "direction"))
                && valueMatch(gold, got);
    }
}
