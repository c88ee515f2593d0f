package org.newsfacts.ingest.upload;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Writes over HTTP ({@code POST /api/articles}). */
@ConfigMapping(prefix = "newsfacts.api")
public interface ApiConfig {

    enum Auth {
        KEY,
        OFF
    }

    /** {@code key}: every write carries {@code X-Api-Key}; {@code off} only when set explicitly. */
    @WithDefault("key")
    Auth auth();

    /** The key writes must carry; the environment variable {@code NEWSFACTS_API_KEY} sets it. */
    Optional<String> key();

    /** How long an upload waits for the broker's acknowledgement before it is answered 503. */
    @WithDefault("30s")
    Duration ackTimeout();
}
