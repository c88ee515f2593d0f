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
}
