package org.newsfacts.query;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "newsfacts.query")
public interface QueryConfig {

    /** How long a resolved name (alias → canonical names) is reused before it is looked up again. */
    @WithDefault("10s")
    Duration nameCacheTtl();

    /** Resolved names kept at most (the cache starts over beyond this). */
    @WithDefault("10000")
    int nameCacheSize();

    /**
     * How long a page of /api/facts is reused at most. A page is read again as soon as facts.extracted
     * announces a change to its names; this bounds how long an announcement this instance missed can
     * hide one. 0 turns the page cache off.
     */
    @WithDefault("2m")
    Duration pageCacheTtl();

    /** Facts held in cached pages at most (the cache starts over beyond this); 0 turns it off. */
    @WithDefault("50000")
    long pageCacheFacts();

    /**
     * Requests query-service sends itself at startup, in the background, so that the JIT has compiled
     * the query path before users need it (see {@code QueryWarmup}); 0 turns the warm-up off.
     */
    @WithDefault("10000")
    int warmupRequests();

    /**
     * How long the startup warm-up waits in all for the pipeline while facts.extracted events keep
     * arriving (a cold start's first articles get the cores first; see {@code PipelineYield}).
     */
    @WithDefault("2m")
    Duration warmupYield();

    /**
     * How long the startup warm-up waits at most for the database to answer before it starts (on a
     * first start extract-service is still creating the tables; requests that fail would warm the
     * error path). It gives up after this, and the service works as before, only slower at first.
     */
    @WithDefault("2m")
    Duration warmupDatabaseWait();
}
