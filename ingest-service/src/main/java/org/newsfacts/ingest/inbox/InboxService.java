package org.newsfacts.ingest.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.newsfacts.formats.ArticleFormat;
import org.newsfacts.formats.ArticleReader;
import org.newsfacts.formats.Rejection;
import org.newsfacts.formats.TextBytes;
import org.newsfacts.ingest.article.ArticlePublisher;
import org.newsfacts.ingest.article.Submission;
import org.newsfacts.model.RawArticle;

/**
 * Turns inbox files into raw articles. A file leaves the inbox only when its fate is sealed:
 * into {@code .done/} once the broker acknowledged its article, or into {@code rejected/} beside a
 * {@code <name>.reason.txt} saying why. A file whose publication failed stays and is tried again.
 */
@ApplicationScoped
public class InboxService {

    static final String DONE = ".done";
    static final String REJECTED = "rejected";

    private static final Logger LOG = Logger.getLogger(InboxService.class);

    private final InboxConfig config;
    private final ArticlePublisher publisher;
    private final ArticleReader reader;
    private final AtomicLong ingested = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Event<Submission> submissions;

    public InboxService(
            InboxConfig config, ArticlePublisher publisher, ArticleReader reader, Event<Submission> submissions) {
        this.submissions = submissions;
        this.config = config;
        this.publisher = publisher;
        this.reader = reader;
    }

    public record Stats(long ingested, long rejected, long publishFailures) {}

    public Stats stats() {
        return new Stats(ingested.get(), rejected.get(), failed.get());
    }

    public Path inbox() {
        return config.dir().toAbsolutePath();
    }

    public void createFolders() throws IOException {
        Files.createDirectories(inbox().resolve(DONE));
        Files.createDirectories(inbox().resolve(REJECTED));
    }

    /** Publishes the given files, at most a batch at a time, and waits for their acknowledgements. */
    public void ingest(List<Path> files) {
        for (int from = 0; from < files.size(); from += config.batchSize()) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + config.batchSize()));
            ingestBatch(batch, from, files.size());
        }
    }

    private void ingestBatch(List<Path> batch, int offset, int total) {
        List<CompletableFuture<Void>> pending = new ArrayList<>(batch.size());
        AtomicLong doneInScan = new AtomicLong(offset);
        for (Path file : batch) {
            List<RawArticle> articles;
            try {
                articles = read(file);
            } catch (IOException e) {
                LOG.warnf(
                        "cannot read %s (%s); it stays in the inbox and is tried again",
                        file.getFileName(), e.getMessage());
                continue;
            }
            if (articles.isEmpty()) {
                continue;
            }
            pending.add(publisher.publishAll(articles).whenComplete((ok, error) -> {
                if (error != null) {
                    failed.incrementAndGet();
                    submissions.fire(Submission.failed(Submission.Channel.INBOX));
                    LOG.warnf(
                            "publishing %s failed (%s); it stays in the inbox and is tried again",
                            file.getFileName(), error.getMessage());
                    return;
                }
                moveTo(file, inbox().resolve(DONE));
                submissions.fire(Submission.ingested(Submission.Channel.INBOX, articles.size()));
                LOG.infof(
                        "ingested %s as %s (%d/%d, %d since start)",
                        file.getFileName(),
                        articles.size() == 1 ? articles.get(0).id().substring(0, 12) : articles.size() + " articles",
                        doneInScan.incrementAndGet(),
                        total,
                        ingested.addAndGet(articles.size()));
            }));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Logged per file above; those files stay in the inbox.
        } catch (TimeoutException e) {
            LOG.warnf(
                    "the broker did not acknowledge %d files within %s; they stay in the inbox and are tried again",
                    pending.stream().filter(f -> !f.isDone()).count(), config.ackTimeout());
        }
    }

    /** Reads one file: the articles to publish, or none when the file was rejected (and moved aside). */
    List<RawArticle> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            reject(file, "not a regular file (symbolic links are not followed)", Rejection.NOT_A_FILE);
            return List.of();
        }
        Optional<ArticleFormat> format = ArticleFormat.ofFileName(name);
        if (format.isEmpty()) {
            reject(
                    file,
                    "unsupported type: '" + name + "' (accepted: " + ArticleFormat.acceptedExtensions() + ")",
                    Rejection.UNSUPPORTED_TYPE);
            return List.of();
        }
        long size = Files.size(file);
        if (size > config.maxFileBytes()) {
            TextBytes.Rejected tooLarge = TextBytes.tooLarge(size, config.maxFileBytes());
            reject(file, tooLarge.reason(), tooLarge.kind());
            return List.of();
        }
        ArticleReader.Read read = reader.read(name, format.get(), Files.readAllBytes(file), config.maxFileBytes());
        if (read instanceof ArticleReader.Refused refused) {
            reject(file, refused.reason(), refused.kind());
            return List.of();
        }
        return ((ArticleReader.Articles) read).articles();
    }

    void reject(Path file, String reason, Rejection kind) {
        Path target = moveTo(file, inbox().resolve(REJECTED));
        if (target == null) {
            return;
        }
        rejected.incrementAndGet();
        submissions.fire(Submission.rejected(Submission.Channel.INBOX, kind));
        try {
            Files.writeString(
                    target.resolveSibling(target.getFileName() + ".reason.txt"), reason + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.errorf("cannot write the reason for %s: %s", target, e.getMessage());
        }
        LOG.warnf("rejected %s: %s", file.getFileName(), reason);
    }

    /**
     * Moves a file into a folder, never overwriting: a taken name gets a numbered suffix. The folder is
     * made again if someone removed it while the service runs (else the file would be published again
     * at every scan).
     */
    private Path moveTo(Path file, Path folder) {
        String name = file.getFileName().toString();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            LOG.errorf("cannot make %s: %s", folder, e.getMessage());
            return null;
        }
        for (int n = 0; n < 10_000; n++) {
            Path target = folder.resolve(n == 0 ? name : name + "." + n);
            try {
                return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // Try the next suffix.
            } catch (IOException e) {
                if (Files.exists(target)) {
                    continue;
                }
                LOG.errorf("cannot move %s to %s: %s", file, folder, e.getMessage());
                return null;
            }
        }
        LOG.errorf("cannot move %s to %s: too many files of that name", file, folder);
        return null;
    }
}
