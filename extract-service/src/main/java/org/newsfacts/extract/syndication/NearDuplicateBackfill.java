package org.newsfacts.extract.syndication;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Signs and links, oldest first, the articles stored before near duplicates were tracked (or by a
 * version that did not sign them), in the background after startup, 200 per transaction.
 */
@ApplicationScoped
public class NearDuplicateBackfill {

    private static final Logger LOG = Logger.getLogger(NearDuplicateBackfill.class);
    private static final int BATCH = 200;

    private final NearDuplicateRepository repository;
    private final NearDuplicates nearDuplicates;
    private volatile boolean stopping;

    public NearDuplicateBackfill(NearDuplicateRepository repository, NearDuplicates nearDuplicates) {
        this.repository = repository;
        this.nearDuplicates = nearDuplicates;
    }

    void onStart(@Observes StartupEvent start) {
        Thread worker = new Thread(this::run, "near-duplicate-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
    }

    void run() {
        int signed = 0;
        int linked = 0;
        try {
            while (!stopping) {
                int[] done = QuarkusTransaction.requiringNew().call(() -> {
                    List<String[]> unsigned = repository.unsigned(BATCH);
                    int n = nearDuplicates.signStored(unsigned.stream()
                            .map(a -> new NearDuplicates.Text(a[0], a[1], Instant.EPOCH))
                            .toList());
                    return new int[] {unsigned.size(), n};
                });
                if (done[0] == 0) {
                    break;
                }
                signed += done[0];
                linked += done[1];
            }
        } catch (RuntimeException e) {
            LOG.warnf(
                    "signing earlier articles for near duplicates stopped after %d (%s); the next start goes on",
                    signed, e.getMessage());
            return;
        }
        if (signed > 0) {
            LOG.infof(
                    "signed %d articles stored before near duplicates were tracked; %d linked to an original",
                    signed, linked);
        }
    }
}
