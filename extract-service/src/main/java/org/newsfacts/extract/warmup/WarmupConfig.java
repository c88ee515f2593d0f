package org.newsfacts.extract.warmup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The extractor's warm-up at startup ({@link ExtractorWarmup}; docs/benchmarks.md#cold-start). */
@ConfigMapping(prefix = "newsfacts.extract.warmup")
public interface WarmupConfig {

    /**
     * How long at most the extractor runs over the bundled warm-up articles after start (0 turns it
     * off). It ends sooner when the JIT has gone quiet, or when the first live batch arrives: live
     * articles warm the same code.
     */
    @WithDefault("90s")
    Duration duration();
}
