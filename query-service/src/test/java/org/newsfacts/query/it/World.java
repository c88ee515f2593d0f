package org.newsfacts.query.it;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.newsfacts.devstack.StackConnection;

/**
 * The articles the query API tests read: five short articles from two outlets about two companies,
 * disagreeing as real coverage does (a dollar figure and a yuan figure, a stale CEO caption, two
 * revenue numbers), one a syndicated copy of another. Loaded once per test JVM.
 */
final class World {

    /** Keeps this run's names apart from anything else in a shared database. */
    static final String RUN = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    static final String ACME = "Acme " + RUN;
    static final String ACME_LEGAL = "Acme " + RUN + " Holdings Ltd";
    static final String GLOBEX = "Globex " + RUN;
    static final String JANE = "Jane Roe" + RUN;
    static final String JOHN = "John Doe" + RUN;
    static final String WIRE = "Wire " + RUN;
    static final String LEDGER = "Ledger " + RUN;
    /** Globex's company-register identifiers, unique to this run. */
    static final String GLOBEX_TICKER = "GX" + RUN.substring(0, 6).toUpperCase(Locale.ROOT);

    static final String GLOBEX_ISIN = "XS" + RUN.toUpperCase(Locale.ROOT) + "A7";
    static final String GLOBEX_CIK = String.valueOf(Long.parseLong(RUN, 16) % 1_000_000_000L + 1);
    static final Instant T0 = Instant.now().minus(Duration.ofHours(2));

    static String a1;
    static String a2;
    static String a3;
    static String a4;
    static String a5;
    static long acmeId;
    static long globexId;

    private static boolean loaded;

    private World() {}

    static synchronized void load(StackConnection stack) throws SQLException {
        if (loaded) {
            return;
        }
        try (Fixtures db = new Fixtures(stack)) {
            acmeId = db.entity(ACME, "ORGANIZATION", ACME, ACME_LEGAL);
            long globex = db.entity(GLOBEX, "ORGANIZATION", GLOBEX);
            db.link(
                    globex,
                    "Globex Corporation " + RUN,
                    "Canada",
                    GLOBEX_CIK,
                    GLOBEX_ISIN,
                    "US:" + GLOBEX_TICKER,
                    "LON:" + GLOBEX_TICKER + "L");
            globexId = globex;
            long jane = db.entity(JANE, "PERSON", JANE, "Roe" + RUN);
            long john = db.entity(JOHN, "PERSON", JOHN);

            String s1 = ACME + " will invest $53 billion in cloud infrastructure over the next three years.";
            String s1b = "Chief executive " + JANE + " said the company wants to lead the cloud market in Asia.";
            String s1c = "\"We are all in,\" " + JANE + " said.";
            String s1d = ACME + " shares rose 3% in Hong Kong.";
            String body1 = s1 + " " + s1b + " " + s1c + " " + s1d + " " + filler("cloud");
            a1 = db.article(
                    "wire-1-" + RUN + ".txt",
                    ACME + " bets $53 billion on cloud infrastructure",
                    body1,
                    WIRE,
                    Instant.parse("2025-02-24T08:00:00Z"),
                    T0.plusSeconds(60));
            db.mention(a1, acmeId, body1, ACME);
            db.mention(a1, jane, body1, JANE);
            db.fact(a1, body1, s1, "INVESTMENT")
                    .subject(ACME)
                    .object("cloud infrastructure", "TOPIC")
                    .money("53000000000", "USD", "53000000000")
                    .period("P3Y")
                    .save(0);
            db.fact(a1, body1, s1b, "ROLE")
                    .subject(JANE)
                    .object(ACME, "ORGANIZATION")
                    .role("CEO")
                    .save(1);
            db.fact(a1, body1, s1c, "QUOTE").subject(JANE).text("We are all in").save(2);
            db.fact(a1, body1, s1d, "STOCK_MOVE")
                    .subject(ACME)
                    .percent("3", "UP")
                    .save(3);

            String s2 = ACME_LEGAL
                    + " has committed more than 380 billion yuan ($53 billion) to cloud and AI infrastructure over the next three years.";
            String s2b = ACME + " CEO " + JOHN + " at an event in 2019.";
            String body2 = s2 + " " + s2b + " " + filler("yuan");
            a2 = db.article(
                    "ledger-1-" + RUN + ".txt",
                    ACME + " commits 380 billion yuan",
                    body2,
                    LEDGER,
                    Instant.parse("2025-02-25T08:00:00Z"),
                    T0.plusSeconds(120));
            db.mention(a2, acmeId, body2, ACME_LEGAL);
            db.mention(a2, john, body2, JOHN);
            db.fact(a2, body2, s2, "INVESTMENT")
                    .subject(ACME)
                    .object("cloud and AI infrastructure", "TOPIC")
                    .money("380000000000", "CNY", "53000000000")
                    .statedUsd("53000000000")
                    .approx("MORE_THAN")
                    .period("P3Y")
                    .save(0);
            db.fact(a2, body2, s2b, "ROLE")
                    .subject(JOHN)
                    .object(ACME, "ORGANIZATION")
                    .role("CEO")
                    .save(1);

            String s3 = ACME + " plans to spend $52 billion on AI over three years.";
            String s3b = GLOBEX + " revenue was $10 billion in 2024.";
            String body3 = s3 + " " + s3b + " " + filler("revenue");
            a3 = db.article(
                    "wire-2-" + RUN + ".txt",
                    "Cloud spending race",
                    body3,
                    WIRE,
                    Instant.parse("2025-02-26T08:00:00Z"),
                    T0.plusSeconds(180));
            db.mention(a3, acmeId, body3, ACME);
            db.mention(a3, globex, body3, GLOBEX);
            db.fact(a3, body3, s3, "INVESTMENT")
                    .subject(ACME)
                    .object("AI", "TOPIC")
                    .money("52000000000", "USD", "52000000000")
                    .period("P3Y")
                    .save(0);
            db.fact(a3, body3, s3b, "FINANCIAL_METRIC")
                    .subject(GLOBEX)
                    .metric("REVENUE")
                    .subjectIds("{\"name\":\"Globex Corporation " + RUN + "\",\"ticker\":\"" + GLOBEX_TICKER
                            + "\",\"exchange\":\"US\"," + "\"isin\":\"" + GLOBEX_ISIN + "\",\"cik\":\"" + GLOBEX_CIK
                            + "\"}")
                    .money("10000000000", "USD", "10000000000")
                    .period("2024")
                    .save(1);

            // A syndicated copy of the first article: one more source, not one more independent one.
            String body4 = body1 + " Reporting by staff.";
            a4 = db.article(
                    "ledger-2-" + RUN + ".txt",
                    ACME + " bets $53 billion on cloud infrastructure",
                    body4,
                    LEDGER,
                    null,
                    T0.plusSeconds(240));
            db.nearDuplicate(a4, a1);
            db.mention(a4, acmeId, body4, ACME);
            db.fact(a4, body4, s1, "INVESTMENT")
                    .subject(ACME)
                    .object("cloud infrastructure", "TOPIC")
                    .money("53000000000", "USD", "53000000000")
                    .period("P3Y")
                    .save(0);
            db.fact(a4, body4, s1b, "ROLE")
                    .subject(JANE)
                    .object(ACME, "ORGANIZATION")
                    .role("CEO")
                    .save(1);

            String s5 = GLOBEX + " revenue reached $12 billion in 2024.";
            String s5b = GLOBEX + " will invest 5 billion euros in Europe in the first quarter of 2025.";
            String body5 = s5 + " " + s5b + " " + filler("euros");
            a5 = db.article(
                    "wire-3-" + RUN + ".txt",
                    GLOBEX + " results",
                    body5,
                    WIRE,
                    Instant.parse("2025-03-01T08:00:00Z"),
                    T0.plusSeconds(300));
            db.mention(a5, globex, body5, GLOBEX);
            db.fact(a5, body5, s5, "FINANCIAL_METRIC")
                    .subject(GLOBEX)
                    .metric("REVENUE")
                    .money("12000000000", "USD", "12000000000")
                    .period("2024")
                    .save(0);
            db.fact(a5, body5, s5b, "INVESTMENT")
                    .subject(GLOBEX)
                    .object("Europe", "TOPIC")
                    .money("5000000000", "EUR", "5400000000")
                    .period("2025-Q1")
                    .save(1);
        }
        loaded = true;
    }

    /** Enough ordinary text for an article-sized body, different per article. */
    private static String filler(String word) {
        StringBuilder s = new StringBuilder();
        String[] lines = {
            "Analysts said the spending would take years to pay off, and investors wanted more detail on margins.",
            "The company did not say how the " + word + " plan would be financed beyond its existing cash.",
            "Rivals have announced similar programs this year as demand for computing power keeps climbing.",
            "Shares of several suppliers moved on the news while the broader market was little changed.",
            "Regulators have not commented on the plans, which still need approval in some countries."
        };
        for (String line : lines) {
            s.append(line).append(' ');
        }
        return s.toString().strip();
    }
}
