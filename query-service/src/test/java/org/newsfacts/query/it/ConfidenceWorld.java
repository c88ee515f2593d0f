package org.newsfacts.query.it;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.newsfacts.devstack.StackConnection;

/**
 * Facts of different confidence about one company, for the {@code minConfidence} tests: two articles
 * agree on its 2024 revenue (confidence 0.92 and 0.81), a third states another revenue with little
 * confidence (0.3), and the first also has an unlikely share move (0.35). Names carry a tag of their
 * own (not {@link World#RUN}), so that the other tests' counts over the run's names stay as they are.
 */
final class ConfidenceWorld {

    static final String TAG = "c" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    static final String HOOLI = "Hooli " + TAG;
    static final String GAZETTE = "Gazette " + TAG;

    static String c1;
    static String c2;
    static String c3;
    static long hooliId;

    private static boolean loaded;

    private ConfidenceWorld() {}

    static synchronized void load() throws SQLException {
        if (loaded) {
            return;
        }
        StackConnection stack = QueryStack.stack;
        try (Fixtures db = new Fixtures(stack)) {
            hooliId = db.entity(HOOLI, "ORGANIZATION", HOOLI);
            String s1 = HOOLI + " revenue was $10 billion in 2024.";
            String s1b = HOOLI + " shares rose 3% on Monday.";
            String body1 = s1 + " " + s1b + " The company gave no forecast.";
            c1 = db.article(
                    "conf-1-" + TAG + ".txt",
                    HOOLI + " results",
                    body1,
                    GAZETTE,
                    Instant.parse("2025-03-03T08:00:00Z"),
                    Instant.now());
            db.fact(c1, body1, s1, "FINANCIAL_METRIC")
                    .subject(HOOLI)
                    .metric("REVENUE")
                    .money("10000000000", "USD", "10000000000")
                    .period("2024")
                    .confidence(0.92)
                    .save(0);
            db.fact(c1, body1, s1b, "STOCK_MOVE")
                    .subject(HOOLI)
                    .percent("3", "UP")
                    .confidence(0.35)
                    .save(1);

            String s2 = HOOLI + " reported revenue of $10 billion for 2024.";
            String body2 = s2 + " Analysts had expected a little less.";
            c2 = db.article(
                    "conf-2-" + TAG + ".txt",
                    HOOLI + " revenue",
                    body2,
                    GAZETTE,
                    Instant.parse("2025-03-04T08:00:00Z"),
                    Instant.now());
            db.fact(c2, body2, s2, "FINANCIAL_METRIC")
                    .subject(HOOLI)
                    .metric("REVENUE")
                    .money("10000000000", "USD", "10000000000")
                    .period("2024")
                    .confidence(0.81)
                    .save(0);

            String s3 = HOOLI + " revenue was $20 billion in 2024, a reader's comment claimed.";
            String body3 = s3 + " The comment gave no source.";
            c3 = db.article(
                    "conf-3-" + TAG + ".txt",
                    "Comments on " + HOOLI,
                    body3,
                    GAZETTE,
                    Instant.parse("2025-03-05T08:00:00Z"),
                    Instant.now());
            db.fact(c3, body3, s3, "FINANCIAL_METRIC")
                    .subject(HOOLI)
                    .metric("REVENUE")
                    .money("20000000000", "USD", "20000000000")
                    .period("2024")
                    .confidence(0.3)
                    .save(0);
        }
        loaded = true;
    }
}
