package org.newsfacts.ingest.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Watches the inbox: a file-system watch for prompt pick-up plus a periodic rescan, so that files
 * already there at start, events lost to overflow, and files dropped while the service was down
 * are all picked up. A file is taken once its size and modification time have been stable for the
 * quiet period.
 */
@ApplicationScoped
public class InboxWatcher {

    private static final Logger LOG = Logger.getLogger(InboxWatcher.class);

    private final InboxConfig config;
    private final InboxService service;
    private final Map<Path, Seen> seen = new HashMap<>();
    private volatile Thread thread;
    private volatile boolean running;
    private volatile WatchService watchService;

    private record Seen(long size, long modified, long firstSeenNanos) {}

    public InboxWatcher(InboxConfig config, InboxService service) {
        this.config = config;
        this.service = service;
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        service.createFolders();
        running = true;
        thread = new Thread(this::run, "inbox-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.infof(
                "watching %s for .txt/.md articles (done: %s, rejected: %s)",
                service.inbox(),
                service.inbox().resolve(InboxService.DONE),
                service.inbox().resolve(InboxService.REJECTED));
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        WatchService ws = watchService;
        if (ws != null) {
            try {
                ws.close();
            } catch (IOException ignored) {
                // Closing wakes the thread up; nothing else to do.
            }
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    public boolean isAlive() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    private void run() {
        try (WatchService ws = service.inbox().getFileSystem().newWatchService()) {
            watchService = ws;
            service.inbox()
                    .register(
                            ws,
                            StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
            while (running) {
                boolean waiting = scanOnce();
                Duration wait = waiting ? min(config.quietPeriod(), config.rescanInterval()) : config.rescanInterval();
                WatchKey key = ws.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents(); // Any event, OVERFLOW included, means: scan again.
                    if (!key.reset()) {
                        LOG.errorf("the inbox %s is no longer accessible", service.inbox());
                        return;
                    }
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // Shutting down.
        } catch (IOException e) {
            LOG.errorf(e, "cannot watch %s", service.inbox());
        } catch (RuntimeException e) {
            LOG.errorf(e, "the inbox watcher stopped on an unexpected error");
        }
    }

    /** Ingests every file that is ready; returns true when some file is still settling. */
    boolean scanOnce() {
        List<Path> ready = new ArrayList<>();
        boolean settling = false;
        long now = System.nanoTime();
        Map<Path, Seen> current = new HashMap<>();
        try (Stream<Path> files = Files.list(service.inbox())) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.comparing(Path::toString))::iterator) {
                if (InboxFiles.isIgnored(file.getFileName().toString())
                        || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    continue; // Gone in the meantime.
                }
                long size = attrs.size();
                long modified = attrs.lastModifiedTime().toMillis();
                Seen before = seen.get(file);
                Seen now1 = before != null && before.size() == size && before.modified() == modified
                        ? before
                        : new Seen(size, modified, now);
                current.put(file, now1);
                long stableFor = Duration.ofNanos(now - now1.firstSeenNanos()).toMillis();
                long age = System.currentTimeMillis() - modified;
                if (stableFor >= config.quietPeriod().toMillis()
                        || age >= config.quietPeriod().toMillis()) {
                    ready.add(file);
                } else {
                    settling = true;
                }
            }
        } catch (IOException e) {
            LOG.errorf("cannot list %s: %s", service.inbox(), e.getMessage());
            return true;
        }
        seen.clear();
        seen.putAll(current);
        if (!ready.isEmpty()) {
            ready.forEach(seen::remove);
            service.ingest(ready);
        }
        return settling;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
