package org.newsfacts.extract.fx;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Exchange rates (docs/fx.md): how old a rate may be, and the ECB's live feed. */
@ConfigMapping(prefix = "newsfacts.fx")
public interface FxConfig {

    /**
     * The oldest a rate may be, in whole days before the article's date, to convert its amounts; with
     * no newer rate a fact keeps valueUsd null and says why, until one arrives. Five days: the longest
     * TARGET closure (Easter: Thursday's rate on Monday) is four, plus a day for the afternoon publication.
     */
    @WithDefault("5d")
    Duration maxAge();

    Feed feed();

    interface Feed {

        /** Fetch the ECB's reference rates on a schedule; off, rates come only from 'newsfacts fx update'. */
        @WithDefault("true")
        boolean enabled();

        /** Today's rates (the ECB publishes them around 16:00 CET on TARGET business days). */
        @WithDefault("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml")
        String dailyUrl();

        /** The last 90 days' rates, fetched instead when the newest known rate is older than {@link #historyAfter()}. */
        @WithDefault("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml")
        String historyUrl();

        /** How old the newest known rate may be before the 90-day file is fetched instead of today's. */
        @WithDefault("3d")
        Duration historyAfter();

        /** How often to fetch. */
        @WithDefault("1h")
        Duration every();

        /** The first fetch after start. */
        @WithDefault("20s")
        Duration initialDelay();

        /** Connect and read timeout of a fetch. */
        @WithDefault("30s")
        Duration timeout();

        /** The largest feed accepted (the 90-day file is about 40 KB). */
        @WithDefault("2000000")
        int maxBytes();
    }
}
