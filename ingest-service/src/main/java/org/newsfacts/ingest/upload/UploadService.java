package org.newsfacts.ingest.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.newsfacts.formats.ArticleFormat;
import org.newsfacts.formats.ArticleReader;
import org.newsfacts.formats.Rejection;
import org.newsfacts.formats.TextBytes;
import org.newsfacts.ingest.article.ArticlePublisher;
import org.newsfacts.ingest.article.Submission;
import org.newsfacts.ingest.inbox.InboxConfig;
import org.newsfacts.model.RawArticle;

/** Articles submitted over HTTP: read like dropped files, published, answered only after the broker's ack. */
@ApplicationScoped
public class UploadService {

    /** A plain file name: no path separators, no leading dot, no control characters, at most 200 characters. */
    private static final Pattern NAME = Pattern.compile("[^/\\\\\\p{Cntrl}.][^/\\\\\\p{Cntrl}]{0,199}");

    private static final Logger LOG = Logger.getLogger(UploadService.class);

    sealed interface Outcome permits Published, Failed {}

    record Published(List<String> ids) implements Outcome {}

    /** Not published: the HTTP status, the reason, and the rejection (null when the broker failed, not the submission). */
    record Failed(int status, String reason, Rejection kind) implements Outcome {}

    private final ArticleReader reader;
    private final ArticlePublisher publisher;
    private final InboxConfig inbox;
    private final ApiConfig api;
    private final Event<Submission> submissions;

    public UploadService(
            ArticleReader reader,
            ArticlePublisher publisher,
            InboxConfig inbox,
            ApiConfig api,
            Event<Submission> submissions) {
        this.submissions = submissions;
        this.reader = reader;
        this.publisher = publisher;
        this.inbox = inbox;
        this.api = api;
    }

    long maxBytes() {
        return inbox.maxFileBytes();
    }

    String tooLarge(long size) {
        return TextBytes.tooLarge(size, maxBytes()).reason();
    }

    Outcome submit(String contentType, String name, byte[] body) {
        Optional<ArticleFormat> format = ArticleFormat.ofMediaType(contentType);
        if (format.isEmpty()) {
            return rejected(
                    415,
                    "unsupported media type '" + contentType + "' (accepted: " + ArticleFormat.acceptedMediaTypes()
                            + ")",
                    Rejection.UNSUPPORTED_TYPE);
        }
        if (name != null && (!NAME.matcher(name).matches() || name.contains(".."))) {
            return rejected(
                    400,
                    "'name' must be a plain file name (no '/', '\\\\', '..', leading dot or control characters, "
                            + "at most 200 characters)",
                    Rejection.BAD_NAME);
        }
        Optional<Charset> charset;
        try {
            charset = declaredCharset(contentType);
        } catch (IllegalArgumentException e) {
            return rejected(415, "unsupported charset in '" + contentType + "'", Rejection.UNSUPPORTED_TYPE);
        }
        if (charset.isPresent()
                && format.get() != ArticleFormat.HTML
                && !charset.get().equals(StandardCharsets.UTF_8)) {
            // Text declared in another charset is read as such (HTML finds its own, from the BOM or its meta tag).
            body = new String(body, charset.get()).getBytes(StandardCharsets.UTF_8);
        }
        ArticleReader.Read read = reader.read(name != null ? name : "upload", format.get(), body, maxBytes());
        if (read instanceof ArticleReader.Refused refused) {
            return rejected(refused.tooLarge() ? 413 : 400, refused.reason(), refused.kind());
        }
        List<RawArticle> articles = ((ArticleReader.Articles) read).articles();
        if (name == null) {
            articles = articles.stream()
                    .map(a -> withSource(a, "upload-" + a.id().substring(0, 12)))
                    .toList();
        }
        try {
            publisher.publishAll(articles).get(api.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            submissions.fire(Submission.failed(Submission.Channel.UPLOAD));
            return new Failed(503, "interrupted while waiting for the broker; send the article again", null);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf(
                    "an upload was not acknowledged by the broker: %s",
                    e instanceof TimeoutException ? "timed out" : e.getCause().getMessage());
            submissions.fire(Submission.failed(Submission.Channel.UPLOAD));
            return new Failed(
                    503,
                    "the broker did not acknowledge the article within " + api.ackTimeout()
                            + "; send it again (the same text is one article, however often it is sent)",
                    null);
        }
        List<String> ids = articles.stream().map(RawArticle::id).toList();
        submissions.fire(Submission.ingested(Submission.Channel.UPLOAD, articles.size()));
        LOG.infof(
                "accepted an upload over HTTP: %s",
                articles.size() == 1 ? ids.get(0).substring(0, 12) : ids.size() + " articles");
        return new Published(ids);
    }

    private Failed rejected(int status, String reason, Rejection kind) {
        submissions.fire(Submission.rejected(Submission.Channel.UPLOAD, kind));
        return new Failed(status, reason, kind);
    }

    /** The charset parameter of a media type, if any; an unknown one is an IllegalArgumentException. */
    static Optional<Charset> declaredCharset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] kv = parameter.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                return Optional.of(Charset.forName(kv[1].strip().replace("\"", "")));
            }
        }
        return Optional.empty();
    }

    private static RawArticle withSource(RawArticle a, String source) {
        return new RawArticle(
                a.id(),
                source,
                a.title(),
                a.body(),
                a.url(),
                a.outlet(),
                a.author(),
                a.publishedAt(),
                a.contentType(),
                a.ingestedAt(),
                a.sha256());
    }
}
