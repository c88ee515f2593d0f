package org.newsfacts.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's {@code <script type="application/ld+json">} says about its article: the first
 * schema.org object typed as an article ({@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle},
 * {@code BlogPosting} …), found at the top level, in an array or in an {@code @graph}. Malformed
 * JSON-LD is ignored (pages carry plenty); every field may be null. The date is kept as written:
 * {@link HtmlArticles} reads it as the first of the page's date candidates.
 */
record LinkedData(String headline, String datePublished, String author, String publisher, String url) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "NewsArticle",
            "Article",
            "ReportageNewsArticle",
            "AnalysisNewsArticle",
            "BlogPosting",
            "OpinionNewsArticle",
            "BackgroundNewsArticle",
            "ReviewNewsArticle",
            "Report");
    private static final LinkedData NONE = new LinkedData(null, null, null, null, null);

    static LinkedData of(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                continue;
            }
            JsonNode article = find(root, 0);
            if (article != null) {
                return new LinkedData(
                        text(article.get("headline")),
                        text(article.get("datePublished")),
                        names(article.get("author")),
                        names(article.get("publisher")),
                        text(article.get("url")) != null
                                ? text(article.get("url"))
                                : text(article.path("mainEntityOfPage").get("@id")));
            }
        }
        return NONE;
    }

    private static JsonNode find(JsonNode node, int depth) {
        if (node == null || depth > 3) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = find(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null
                && (type.isTextual() && ARTICLE_TYPES.contains(type.asText())
                        || type.isArray()
                                && java.util.stream.StreamSupport.stream(type.spliterator(), false)
                                        .anyMatch(t -> ARTICLE_TYPES.contains(t.asText())))) {
            return node;
        }
        return find(node.get("@graph"), depth + 1);
    }

    /** A name, an object with a name, or a list of either: "Ann Lee, Bob Hart". */
    private static String names(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            String name = n.isTextual() ? n.asText() : text(n.get("name"));
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                out.add(name.strip());
            }
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank()
                ? node.asText().strip()
                : null;
    }
}
