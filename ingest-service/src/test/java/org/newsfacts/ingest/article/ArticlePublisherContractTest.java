package org.newsfacts.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.formats.ArticleFormat;
import org.newsfacts.formats.ArticleReader;
import org.newsfacts.model.Contract;
import org.newsfacts.model.ContractValidator;
import org.newsfacts.model.RawArticle;

/** What ingest-service puts on articles.raw is valid under contracts/articles.raw.v1.schema.json. */
class ArticlePublisherContractTest {

    /** Serialized as Quarkus's ObjectMapper does by default: java.time values as ISO-8601 text. */
    private static final ObjectMapper MAPPER =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final ArticlePublisher PUBLISHER = new ArticlePublisher(null, MAPPER);
    private static final ArticleReader READER = new ArticleReader(MAPPER);

    @Test
    void everyFormatsArticlesAreValidRecords() {
        String html = """
                <html><head><title>Harbour Line buys a ferry operator | The Coast Post</title>
                <meta property="og:site_name" content="The Coast Post">
                <meta property="article:published_time" content="2026-11-30T08:15:00Z">
                <link rel="canonical" href="https://coast.example/harbour-line"></head>
                <body><article><p>Harbour Line agreed to buy Gull Ferries for $120 million, it said on Monday.</p></article></body></html>""";
        List<RawArticle> articles = List.of(
                one("ferries.html", ArticleFormat.ofFileName("ferries.html").orElseThrow(), html),
                one("note.txt", ArticleFormat.ofFileName("note.txt").orElseThrow(), "A title\n\nA body of one line."),
                one(
                        "one.json",
                        ArticleFormat.ofFileName("one.json").orElseThrow(),
                        "{\"body\": \"Text of a JSON article.\"}"));
        for (RawArticle article : articles) {
            String json = PUBLISHER.toJson(article);
            assertEquals(List.of(), ContractValidator.errors(Contract.ARTICLES_RAW, json), json);
        }
        assertFalse(articles.get(0).publishedAt() == null, "the HTML's metadata reached the record");
    }

    private static RawArticle one(String name, ArticleFormat format, String text) {
        ArticleReader.Read read = READER.read(name, format, text.getBytes(StandardCharsets.UTF_8), 1 << 20);
        return ((ArticleReader.Articles) read).articles().get(0);
    }
}
