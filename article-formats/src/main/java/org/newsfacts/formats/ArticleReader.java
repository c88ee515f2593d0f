package org.newsfacts.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsfacts.model.ArticleIds;
import org.newsfacts.model.RawArticle;

/**
 * Turns the bytes of one submission (a dropped file or an HTTP body) into the raw articles it holds,
 * or the reason it holds none. Text and Markdown are one article each, the title their first line;
 * HTML is one article, its main text and metadata read by {@link HtmlArticles}; JSON is one article
 * object and JSON Lines one per line (see {@link JsonArticles}), every line valid or the file refused.
 */
public final class ArticleReader {

    /** What a submission held: articles, or the reason there are none. */
    public sealed interface Read permits Articles, Refused {}

    public record Articles(List<RawArticle> articles) implements Read {}

    /** Why a submission cannot be ingested: in words, and as a {@link Rejection}. */
    public record Refused(String reason, Rejection kind) implements Read {
        Refused(TextBytes.Rejected rejected) {
            this(rejected.reason(), rejected.kind());
        }

        /** HTTP answers 413 for this one instead of 400. */
        public boolean tooLarge() {
            return kind == Rejection.TOO_LARGE;
        }
    }

    private final JsonArticles json;
    private final Clock clock = Clock.systemUTC();

    public ArticleReader(ObjectMapper mapper) {
        this.json = new JsonArticles(mapper);
    }

    /**
     * @param source the name the articles go by (the file's name, or the name given with an upload)
     * @param maxBytes larger submissions are refused
     */
    public Read read(String source, ArticleFormat format, byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            return new Refused(TextBytes.tooLarge(bytes.length, maxBytes));
        }
        if (bytes.length == 0) {
            return new Refused("empty: there are no bytes", Rejection.EMPTY);
        }
        if (TextBytes.looksBinary(bytes)) {
            return new Refused(
                    "binary content: a text file has no NUL bytes and few control characters", Rejection.BINARY);
        }
        Instant now = clock.instant();
        String sha256 = ArticleIds.sha256(bytes);
        return switch (format) {
            case HTML ->
                HtmlArticles.read(bytes)
                        .map(a -> one(source, a, format, now, sha256))
                        .orElseGet(() -> new Refused("empty: the HTML has no readable text", Rejection.EMPTY));
            case JSON, JSON_LINES -> fromJson(source, format, bytes, now);
            case TEXT, MARKDOWN -> {
                TextBytes.Decoded decoded = TextBytes.decodeText(bytes);
                if (decoded instanceof TextBytes.Rejected r) {
                    yield new Refused(r);
                }
                String body = ((TextBytes.Text) decoded).text();
                String title = ArticleIds.firstNonEmptyLine(body);
                if (format == ArticleFormat.MARKDOWN && title != null) {
                    title = title.replaceFirst("^#+\\s*", "").strip();
                }
                yield one(source, new Parsed(title, body, null, null, null, null), format, now, sha256);
            }
        };
    }

    private Read fromJson(String source, ArticleFormat format, byte[] bytes, Instant now) {
        TextBytes.Decoded decoded = TextBytes.decodeText(bytes);
        if (decoded instanceof TextBytes.Rejected r) {
            return new Refused(r);
        }
        String text = ((TextBytes.Text) decoded).text();
        if (format == ArticleFormat.JSON) {
            JsonArticles.Outcome outcome = json.parse(text);
            if (outcome instanceof JsonArticles.Invalid invalid) {
                return new Refused("not a JSON article: " + invalid.reason(), Rejection.MALFORMED);
            }
            return one(source, ((JsonArticles.Valid) outcome).article(), format, now, ArticleIds.sha256(bytes));
        }
        List<RawArticle> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonArticles.Outcome outcome = json.parse(lines[i]);
            if (outcome instanceof JsonArticles.Invalid invalid) {
                problems.add("line " + (i + 1) + ": " + invalid.reason());
            } else {
                byte[] line = lines[i].getBytes(StandardCharsets.UTF_8);
                articles.add(article(
                        source + "#" + (i + 1),
                        ((JsonArticles.Valid) outcome).article(),
                        format,
                        now,
                        ArticleIds.sha256(line)));
            }
        }
        if (!problems.isEmpty()) {
            int shown = Math.min(problems.size(), 10);
            return new Refused(
                    problems.size() + " of the JSON Lines are not articles (nothing from this file was ingested; "
                            + "fix them and drop it again): " + String.join("; ", problems.subList(0, shown))
                            + (shown < problems.size() ? "; …" : ""),
                    Rejection.MALFORMED);
        }
        if (articles.isEmpty()) {
            return new Refused("empty: the JSON Lines file has no article", Rejection.EMPTY);
        }
        return new Articles(articles);
    }

    private static Read one(String source, Parsed parsed, ArticleFormat format, Instant now, String sha256) {
        return new Articles(List.of(article(source, parsed, format, now, sha256)));
    }

    private static RawArticle article(String source, Parsed p, ArticleFormat format, Instant now, String sha256) {
        return new RawArticle(
                ArticleIds.idOf(p.body()),
                source,
                p.title(),
                p.body(),
                p.url(),
                p.outlet(),
                p.author(),
                p.publishedAt(),
                format.mediaType(),
                now,
                sha256);
    }

    /** What a format reader found in one article. */
    record Parsed(String title, String body, String url, String outlet, String author, Instant publishedAt) {}
}
