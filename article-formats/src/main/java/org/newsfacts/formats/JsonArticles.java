package org.newsfacts.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One article as a JSON object: {@code body} (or {@code text}) required, {@code title}, {@code url},
 * {@code publishedAt} (ISO-8601 instant, offset date-time or date), {@code outlet}, {@code author}
 * optional; other fields are ignored. A wrong type or an unreadable date is an error, not a guess.
 */
final class JsonArticles {

    sealed interface Outcome permits Valid, Invalid {}

    record Valid(ArticleReader.Parsed article) implements Outcome {}

    record Invalid(String reason) implements Outcome {}

    private static final List<String> TEXT_FIELDS =
            List.of("title", "body", "text", "url", "outlet", "author", "publishedAt");

    private final ObjectMapper mapper;

    JsonArticles(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Outcome parse(String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            // Without the "[Source: REDACTED …]" boilerplate: the position is what helps.
            String message = e.getOriginalMessage()
                    .replace("[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ", "[");
            return new Invalid("malformed JSON (" + message + ")");
        }
        if (node == null || !node.isObject()) {
            return new Invalid("expected an object with 'body' or 'text', found "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
        for (String field : TEXT_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return new Invalid("'" + field + "' must be a string, found "
                        + value.getNodeType().name().toLowerCase());
            }
        }
        String body = text(node, "body");
        if (body == null) {
            body = text(node, "text");
        }
        if (body == null || body.isBlank()) {
            return new Invalid("no article text: 'body' or 'text' is missing or blank");
        }
        body = body.replace("\r\n", "\n").replace('\r', '\n');
        Instant published;
        try {
            published = instant(text(node, "publishedAt"));
        } catch (DateTimeParseException e) {
            return new Invalid(
                    "'publishedAt' is not an ISO-8601 date or date-time: '" + text(node, "publishedAt") + "'");
        }
        return new Valid(new ArticleReader.Parsed(
                blankToNull(text(node, "title")),
                body,
                blankToNull(text(node, "url")),
                blankToNull(text(node, "outlet")),
                blankToNull(text(node, "author")),
                published));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** "2025-02-24T08:00:00Z", "2025-02-24T16:00:00+08:00" or "2025-02-24" (midnight UTC). */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() == 10) {
            return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return OffsetDateTime.parse(v).toInstant();
    }
}
