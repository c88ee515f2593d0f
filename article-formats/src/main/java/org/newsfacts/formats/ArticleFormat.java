package org.newsfacts.formats;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of article NewsFacts reads, by file extension (inbox) or media type (HTTP). */
public enum ArticleFormat {
    TEXT("text/plain", List.of("txt", "text")),
    MARKDOWN("text/markdown", List.of("md", "markdown")),
    HTML("text/html", List.of("html", "htm")),
    JSON("application/json", List.of("json")),
    JSON_LINES("application/x-ndjson", List.of("jsonl", "ndjson"));

    private final String mediaType;
    private final List<String> extensions;

    ArticleFormat(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ArticleFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extensions.contains(extension))
                .findFirst();
    }

    /** The format of a media type ("text/html; charset=utf-8" is HTML); JSON Lines also as application/jsonl. */
    public static Optional<ArticleFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (bare.equals("application/jsonl") || bare.equals("application/jsonlines")) {
            return Optional.of(JSON_LINES);
        }
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(bare)).findFirst();
    }

    /** ".htm, .html, .json, …" for messages. */
    public static String acceptedExtensions() {
        return Arrays.stream(values())
                .flatMap(f -> f.extensions.stream())
                .sorted()
                .map(e -> "." + e)
                .collect(Collectors.joining(", "));
    }

    public static String acceptedMediaTypes() {
        return Arrays.stream(values()).map(f -> f.mediaType).collect(Collectors.joining(", "));
    }
}
