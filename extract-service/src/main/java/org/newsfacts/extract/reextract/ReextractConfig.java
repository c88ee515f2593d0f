package org.newsfacts.extract.reextract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Background re-extraction of articles stored by an older extractor ({@link Reextraction}). */
@ConfigMapping(prefix = "newsfacts.reextract")
public interface ReextractConfig {

    /** Off: stored articles keep the facts they have until './newsfacts reextract' (or the API) asks. */
    @WithDefault("true")
    boolean enabled();

    /** Articles per transaction: small, so that a live article never waits long behind one. */
    @WithDefault("10")
    int batchSize();

    /** With nothing to do, how often to look again (for articles another, older instance stored meanwhile). */
    @WithDefault("60s")
    Duration pollInterval();

    /** Live batches go first: a batch of re-extraction starts only after this long without one… */
    @WithDefault("20ms")
    Duration liveQuiet();

    /** …or after this long at most, so that a steady live flow slows the work down without stopping it. */
    @WithDefault("2s")
    Duration liveMaxWait();

    /**
     * The share of time the work may take: after a batch that took t, it pauses t × (1 − d) / d, so
     * that queries and live articles keep cores to run on. 1 works without pauses.
     */
    @WithDefault("0.5")
    double dutyCycle();
}
