package org.newsfacts.ingest.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** The watched folder. */
@ConfigMapping(prefix = "newsfacts.inbox")
public interface InboxConfig {

    /** The folder to watch; the environment variable {@code NEWSFACTS_INBOX} sets it. */
    @WithDefault("${NEWSFACTS_INBOX:inbox}")
    Path dir();

    /** How often the folder is scanned even without a file-system event (missed events, overflow). */
    @WithDefault("2s")
    Duration rescanInterval();

    /** A file is read only once its size and modification time have not changed for this long. */
    @WithDefault("300ms")
    Duration quietPeriod();

    /** Larger files (and HTTP uploads) are rejected; the environment variable {@code NEWSFACTS_MAX_ARTICLE_BYTES} sets it. */
    @WithDefault("${NEWSFACTS_MAX_ARTICLE_BYTES:2097152}")
    long maxFileBytes();

    /** At most this many files are published before their acknowledgements are awaited. */
    @WithDefault("256")
    int batchSize();

    /** How long to wait for the broker to acknowledge a batch before trying those files again. */
    @WithDefault("60s")
    Duration ackTimeout();
}
