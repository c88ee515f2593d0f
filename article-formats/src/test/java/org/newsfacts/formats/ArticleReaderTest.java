package org.newsfacts.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.ArticleIds;
import org.newsfacts.model.RawArticle;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader(new ObjectMapper());

    @Test
    void textIsOneArticleTitledByItsFirstLine() {
        RawArticle a = one("a.txt", ArticleFormat.TEXT, "\n  Acme invests\nAcme will invest $5 billion.\n");
        assertEquals("Acme invests", a.title());
        assertEquals("a.txt", a.source());
        assertEquals("text/plain", a.contentType());
        assertEquals(ArticleIds.idOf(a.body()), a.id());
    }

    @Test
    void markdownDropsTheHeadingMarks() {
        assertEquals(
                "Acme invests",
                one("a.md", ArticleFormat.MARKDOWN, "# Acme invests\n\nAcme will invest.")
                        .title());
    }

    @Test
    void jsonIsOneArticleWithItsMetadata() {
        RawArticle a = one("a.json", ArticleFormat.JSON, """
                {"title": "Acme invests", "text": "Acme will invest $5 billion.", "url": "https://example.com/a",
                 "publishedAt": "2025-02-24T16:00:00+08:00", "outlet": "Example News", "author": "Jo Bloggs", "tags": ["x"]}""");
        assertEquals("Acme will invest $5 billion.", a.body());
        assertEquals("https://example.com/a", a.url());
        assertEquals(Instant.parse("2025-02-24T08:00:00Z"), a.publishedAt());
        assertEquals("Example News", a.outlet());
        assertEquals("Jo Bloggs", a.author());
        assertEquals("application/json", a.contentType());
    }

    @Test
    void jsonLinesAreManyArticlesNamedByLine() {
        List<RawArticle> all = articles(
                "feed.jsonl",
                ArticleFormat.JSON_LINES,
                "{\"body\": \"First article.\"}\n\n{\"body\": \"Second article.\", \"publishedAt\": \"2025-03-01\"}\n");
        assertEquals(
                List.of("feed.jsonl#1", "feed.jsonl#3"),
                all.stream().map(RawArticle::source).toList());
        assertEquals(Instant.parse("2025-03-01T00:00:00Z"), all.get(1).publishedAt());
        assertFalse(all.get(0).sha256().equals(all.get(1).sha256()));
    }

    @Test
    void oneBadLineRefusesTheWholeFileNamingTheLine() {
        String reason =
                refused("feed.jsonl", ArticleFormat.JSON_LINES, "{\"body\": \"Fine.\"}\n{\"body\": 42}\n{oops\n");
        assertTrue(reason.startsWith("2 of the JSON Lines are not articles"), reason);
        assertTrue(reason.contains("line 2: 'body' must be a string"), reason);
        assertTrue(reason.contains("line 3: malformed JSON"), reason);
    }

    @Test
    void badJsonIsRefusedWithTheReason() {
        assertTrue(refused("a.json", ArticleFormat.JSON, "{\"title\": \"x\"")
                .startsWith("not a JSON article: malformed JSON"));
        assertTrue(refused("a.json", ArticleFormat.JSON, "[1, 2]").contains("expected an object"));
        assertTrue(refused("a.json", ArticleFormat.JSON, "{\"title\": \"no body\"}")
                .contains("'body' or 'text' is missing"));
        assertTrue(refused("a.json", ArticleFormat.JSON, "{\"body\": \"x\", \"publishedAt\": \"yesterday\"}")
                .contains("'publishedAt' is not an ISO-8601"));
    }

    @Test
    void htmlIsItsMainTextWithMetaTags() {
        RawArticle a = one("page.html", ArticleFormat.HTML, """
                <html><head><title>Acme invests | Example</title>
                <meta property="og:title" content="Acme invests $5bn">
                <meta property="og:site_name" content="Example News">
                <meta name="author" content="Jo Bloggs">
                <meta property="article:published_time" content="2025-02-24T08:00:00Z">
                <link rel="canonical" href="https://example.com/acme"></head>
                <body><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
                <div class="share-buttons">Share on X</div>
                <article><h1>Acme invests $5bn</h1>
                <p>Acme will invest $5 billion in cloud infrastructure over three years.</p>
                <p>Chief executive Jane Roe said the money would go to data centres.</p>
                <aside>Related: other stories</aside></article>
                <footer>© Example News</footer><script>track()</script></body></html>""");
        assertEquals(
                "Acme invests $5bn\n\nAcme will invest $5 billion in cloud infrastructure over three years.\n\n"
                        + "Chief executive Jane Roe said the money would go to data centres.",
                a.body());
        assertEquals("Acme invests $5bn", a.title());
        assertEquals("Example News", a.outlet());
        assertEquals("Jo Bloggs", a.author());
        assertEquals("https://example.com/acme", a.url());
        assertEquals(Instant.parse("2025-02-24T08:00:00Z"), a.publishedAt());
        assertEquals("text/html", a.contentType());
    }

    @Test
    void htmlJsonLdComesFirstAndTheSiteNameLeavesTheTitle() {
        RawArticle a = one("story.html", ArticleFormat.HTML, """
                <html><head><title>Harbor Mutual lifts dividend after record year | The Daily Ledger</title>
                <meta property="og:site_name" content="The Daily Ledger">
                <meta property="article:published_time" content="2025-03-02T09:00:00Z">
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "The Daily Ledger", "url": "https://ledger.example"},
                  {"@type": ["NewsArticle"], "headline": "Harbor Mutual lifts dividend after record year",
                   "datePublished": "2025-03-01T18:30:00+01:00",
                   "author": [{"@type": "Person", "name": "Mara Quist"}, {"@type": "Person", "name": "Tom Ede"}],
                   "publisher": {"@type": "Organization", "name": "The Daily Ledger"},
                   "mainEntityOfPage": {"@id": "https://ledger.example/harbor-dividend"}}]}</script>
                <script type="application/ld+json">{ broken json </script></head>
                <body><nav><ul><li><a href="/">Home</a></li><li><a href="/markets">Markets</a></li></ul></nav>
                <div class="ad-slot"><p>Advertisement: open an account with us today and get a bonus</p></div>
                <article><h1>Harbor Mutual lifts dividend after record year</h1>
                <p>Harbor Mutual said on Friday its full-year profit rose 9% to $1.2 billion.</p>
                <p>The insurer raised its dividend to 45 cents a share.</p>
                <div class="related-links"><p>Related: Rival insurers brace for a tough year ahead</p></div></article>
                <footer><p>© The Daily Ledger. All rights reserved worldwide.</p></footer></body></html>""");
        assertEquals("Harbor Mutual lifts dividend after record year", a.title());
        assertEquals(Instant.parse("2025-03-01T17:30:00Z"), a.publishedAt(), "JSON-LD's date before the meta tag's");
        assertEquals("Mara Quist, Tom Ede", a.author());
        assertEquals("The Daily Ledger", a.outlet());
        assertEquals("https://ledger.example/harbor-dividend", a.url());
        assertEquals(
                "Harbor Mutual lifts dividend after record year\n\nHarbor Mutual said on Friday its full-year profit rose 9% to $1.2 billion.\n\n"
                        + "The insurer raised its dividend to 45 cents a share.",
                a.body());
    }

    @Test
    void aPageTitleLosesItsSiteNameEvenWithoutMetaTags() {
        RawArticle a = one("plain.html", ArticleFormat.HTML, """
                <html><head><title>Ostmark shares slide on profit warning | Ledger</title></head><body>
                <div id="story"><p>Ostmark shares fell 8% on Tuesday after the company warned on annual profit.</p></div></body></html>""");
        assertEquals("Ostmark shares slide on profit warning", a.title());
        assertNull(a.publishedAt());
    }

    @Test
    void htmlWithoutMarkupForItsArticleUsesTheDensestParagraphs() {
        RawArticle a = one("page.htm", ArticleFormat.HTML, """
                <html><head><title>Results</title></head><body>
                <div id="top"><p>Short link text</p></div>
                <div id="story"><p>Globex revenue rose 12% to $10 billion in 2024, the company said on Monday.</p>
                <p>Its shares rose 3% in New York after the results were published.</p></div>
                <div class="sidebar-menu"><p>Most read: a long list of other headlines here today</p></div>
                </body></html>""");
        assertEquals(
                "Results\n\nGlobex revenue rose 12% to $10 billion in 2024, the company said on Monday.\n\n"
                        + "Its shares rose 3% in New York after the results were published.",
                a.body());
        assertNull(a.author());
    }

    @Test
    void htmlWithoutTextIsRefused() {
        assertTrue(refused("a.html", ArticleFormat.HTML, "<html><body><script>x()</script></body></html>")
                .startsWith("empty"));
    }

    @Test
    void refusalsBeforeAnyFormat() {
        assertTrue(refused("a.txt", ArticleFormat.TEXT, "").startsWith("empty"));
        ArticleReader.Refused big = assertInstanceOf(
                ArticleReader.Refused.class, reader.read("a.txt", ArticleFormat.TEXT, new byte[2000], 1000));
        assertTrue(big.tooLarge());
        assertTrue(big.reason().startsWith("too large: 2000 bytes, the limit is 1000"));
        assertTrue(assertInstanceOf(
                        ArticleReader.Refused.class,
                        reader.read("a.txt", ArticleFormat.TEXT, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, 1000))
                .reason()
                .startsWith("binary"));
    }

    @Test
    void everyRefusalSaysItsKindForTheMetrics() {
        assertEquals(Rejection.EMPTY, kind("a.txt", ArticleFormat.TEXT, "   \n"));
        assertEquals(Rejection.EMPTY, kind("a.html", ArticleFormat.HTML, "<html><body></body></html>"));
        assertEquals(Rejection.EMPTY, kind("a.jsonl", ArticleFormat.JSON_LINES, "\n\n"));
        assertEquals(Rejection.MALFORMED, kind("a.json", ArticleFormat.JSON, "{\"title\": \"no body\"}"));
        assertEquals(Rejection.MALFORMED, kind("a.jsonl", ArticleFormat.JSON_LINES, "{\"body\": \"Fine.\"}\n{oops\n"));
        assertEquals(
                Rejection.BINARY,
                assertInstanceOf(
                                ArticleReader.Refused.class,
                                reader.read(
                                        "a.txt",
                                        ArticleFormat.TEXT,
                                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0},
                                        1000))
                        .kind());
        assertEquals(
                Rejection.NOT_TEXT,
                assertInstanceOf(
                                ArticleReader.Refused.class,
                                reader.read(
                                        "a.txt",
                                        ArticleFormat.TEXT,
                                        new byte[] {'a', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0x81, 'b'},
                                        1000))
                        .kind());
        ArticleReader.Refused big = assertInstanceOf(
                ArticleReader.Refused.class, reader.read("a.txt", ArticleFormat.TEXT, new byte[20], 10));
        assertEquals(Rejection.TOO_LARGE, big.kind());
        assertTrue(big.tooLarge());
    }

    private Rejection kind(String name, ArticleFormat format, String content) {
        return assertInstanceOf(
                        ArticleReader.Refused.class,
                        reader.read(name, format, content.getBytes(StandardCharsets.UTF_8), 1_000_000))
                .kind();
    }

    private RawArticle one(String name, ArticleFormat format, String content) {
        List<RawArticle> all = articles(name, format, content);
        assertEquals(1, all.size());
        return all.get(0);
    }

    private List<RawArticle> articles(String name, ArticleFormat format, String content) {
        return assertInstanceOf(
                        ArticleReader.Articles.class,
                        reader.read(name, format, content.getBytes(StandardCharsets.UTF_8), 1_000_000))
                .articles();
    }

    private String refused(String name, ArticleFormat format, String content) {
        return assertInstanceOf(
                        ArticleReader.Refused.class,
                        reader.read(name, format, content.getBytes(StandardCharsets.UTF_8), 1_000_000))
                .reason();
    }
}
