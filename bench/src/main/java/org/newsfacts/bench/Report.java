package org.newsfacts.bench;

import java.util.Locale;
import java.util.Map;

/** The table printed at the end of a run, with each goal beside its figure. */
final class Report {

    private Report() {}

    private record Row(String section, String key, String label, String unit, double goal, Bound bound) {}

    private static final Row[] ROWS = {
        new Row("extractor", "articlesPerSecond1Thread", "extractor, 1 thread", "articles/s", 200, Bound.AT_LEAST),
        new Row(
                "extractor",
                "articlesPerSecond2Threads",
                "extractor, 2 threads",
                "articles/s",
                Double.NaN,
                Bound.AT_LEAST),
        new Row("extractor", "tokensPerSecond1Thread", "extractor, 1 thread", "tokens/s", Double.NaN, Bound.AT_LEAST),
        new Row(
                "endToEnd",
                "coldArticlesPerSecond",
                "end to end, cold start",
                "articles/s",
                Double.NaN,
                Bound.AT_LEAST),
        new Row("endToEnd", "coldCpuMsPerArticle", "…CPU/article, all processes", "ms", Double.NaN, Bound.BELOW),
        new Row("endToEnd", "articlesPerSecond", "end to end, sustained", "articles/s", 250, Bound.AT_LEAST),
        new Row("endToEnd", "warmCpuMsPerArticle", "…CPU/article, all processes", "ms", Double.NaN, Bound.BELOW),
        new Row("endToEnd", "latencyP50Ms", "arrival→queryable p50", "ms", Double.NaN, Bound.BELOW),
        new Row("endToEnd", "latencyP99Ms", "arrival→queryable p99", "ms", 1000, Bound.BELOW),
        new Row("query", "requestsPerSecond", "/api/facts?subject= served", "req/s", Double.NaN, Bound.AT_LEAST),
        new Row("query", "p50Ms", "query p50", "ms", Double.NaN, Bound.BELOW),
        new Row("query", "p99Ms", "query p99", "ms", 10, Bound.BELOW),
        new Row("query", "errors", "query errors", "", 0, Bound.AT_MOST),
        new Row("export", "seconds100k", "export of 100k facts", "s", 2, Bound.BELOW),
        new Row("backfill", "articlesPerSecond", "re-extraction of stored", "articles/s", Double.NaN, Bound.AT_LEAST),
        new Row("backfill", "liveLatencyP99Ms", "…meanwhile arrival→queryable p99", "ms", 1000, Bound.BELOW),
        new Row("backfill", "queryP99Ms", "…meanwhile query p99", "ms", 50, Bound.BELOW),
        new Row("rssMb", "ingest", "peak RSS ingest-service", "MB", 512, Bound.BELOW),
        new Row("rssMb", "extract", "peak RSS extract-service", "MB", 512, Bound.BELOW),
        new Row("rssMb", "query", "peak RSS query-service", "MB", 512, Bound.BELOW),
    };

    /** How a value must stand to its goal, as the issue states each goal ("≥ 150", "< 10 ms", no errors). */
    enum Bound {
        AT_LEAST("≥ "),
        BELOW("< "),
        AT_MOST("≤ ");

        final String sign;

        Bound(String sign) {
            this.sign = sign;
        }

        boolean met(double value, double goal) {
            return switch (this) {
                case AT_LEAST -> value >= goal;
                case BELOW -> value < goal;
                case AT_MOST -> value <= goal;
            };
        }
    }

    static String table(Map<String, Map<String, Object>> results) {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> machine = results.getOrDefault("machine", Map.of());
        sb.append(String.format(
                Locale.ROOT,
                "NewsFacts bench on %s, %s cores, %s GB, Java %s%n",
                machine.get("cpu"),
                machine.get("cores"),
                machine.get("memoryGb"),
                machine.get("java")));
        Object corpus = results.getOrDefault("corpus", Map.of()).get("label");
        if (corpus != null) {
            sb.append("corpus: ").append(corpus).append(System.lineSeparator());
        }
        sb.append(String.format(Locale.ROOT, "%-30s %14s  %-10s %-12s%n", "measure", "value", "unit", "goal"));
        for (Row row : ROWS) {
            Object v = results.getOrDefault(row.section(), Map.of()).get(row.key());
            if (v == null) {
                continue;
            }
            double value = ((Number) v).doubleValue();
            String goal = "";
            if (!Double.isNaN(row.goal())) {
                boolean met = row.bound().met(value, row.goal());
                goal = row.bound().sign + fmt(row.goal()) + (met ? "  met" : "  MISSED");
            }
            sb.append(String.format(Locale.ROOT, "%-30s %14s  %-10s %s%n", row.label(), fmt(value), row.unit(), goal));
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        return v >= 100 || v == Math.rint(v)
                ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
