package org.newsfacts.ingest.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the inbox is a writable folder; live while its watcher runs. */
@ApplicationScoped
public class InboxHealthCheck {

    private final InboxService service;
    private final InboxWatcher watcher;

    public InboxHealthCheck(InboxService service, InboxWatcher watcher) {
        this.service = service;
        this.watcher = watcher;
    }

    @Readiness
    HealthCheck inboxWritable() {
        return () -> HealthCheckResponse.named("inbox")
                .status(Files.isDirectory(service.inbox()) && Files.isWritable(service.inbox()))
                .withData("dir", service.inbox().toString())
                .build();
    }

    @Liveness
    HealthCheck watcherRunning() {
        return () -> HealthCheckResponse.named("inbox-watcher")
                .status(watcher.isAlive())
                .build();
    }
}
