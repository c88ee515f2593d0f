package org.newsfacts.extract.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "newsfacts.outbox")
public interface OutboxConfig {

    /** The relay runs after every commit that queued events, and also this often to catch up. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events relayed per database transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long to wait for the broker's acknowledgements of a batch. */
    @WithDefault("30s")
    Duration ackTimeout();

    /** Relayed events are kept this long (for inspection), then deleted. */
    @WithDefault("1h")
    Duration retention();
}
