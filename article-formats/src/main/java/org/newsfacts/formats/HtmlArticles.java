package org.newsfacts.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article in a web page, parsed by jsoup (which also finds the charset from the BOM or the meta
 * tag). Metadata from the page's schema.org JSON-LD ({@code NewsArticle} and kin: headline,
 * datePublished, author, publisher) first, then the usual meta tags (Open Graph, article:*, Dublin
 * Core, schema.org itemprops); a " | Site Name" suffix is cut from the title. The main text,
 * Readability-style: page chrome (scripts, navigation, header, footer, asides, forms, and blocks
 * whose class or id says share, related, promo, comment, cookie, newsletter, …) is dropped; then the article body marked as such ({@code itemprop=articleBody},
 * a single {@code <article>}, {@code <main>}) is taken, else the element whose paragraphs hold the
 * most text. Its headings, paragraphs, list items, quotes and captions become lines of text.
 */
final class HtmlArticles {

    private static final String CHROME =
            "script, style, noscript, template, svg, iframe, nav, header, footer, aside, form, "
                    + "button, select, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo]";
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(^|[\\s_-])(share|sharing|social|related|recommend|promo|advert|ad|ads|sponsor|comment|comments|cookie|consent|"
                    + "newsletter|subscribe|signup|sidebar|menu|breadcrumbs?|paywall|popup|modal|footer|masthead)($|[\\s_-])");
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre";
    private static final int MIN_PARAGRAPH = 25;

    private HtmlArticles() {}

    static Optional<ArticleReader.Parsed> read(byte[] bytes) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory cannot fail", e);
        }
        LinkedData ld = LinkedData.of(doc); // schema.org NewsArticle in JSON-LD first, then meta tags
        String metaAuthor = first(
                meta(doc, "author"),
                meta(doc, "article:author"),
                meta(doc, "dc.creator"),
                text(doc.selectFirst("[itemprop=author]")),
                text(doc.selectFirst("[rel=author]")));
        if (metaAuthor != null && metaAuthor.startsWith("http")) {
            metaAuthor = null; // article:author is often a profile URL
        }
        String author = first(ld.author(), metaAuthor);
        String outlet =
                first(ld.publisher(), meta(doc, "og:site_name"), meta(doc, "application-name"), meta(doc, "publisher"));
        String title =
                withoutSiteName(first(ld.headline(), meta(doc, "og:title"), meta(doc, "twitter:title")), outlet, false);
        if (title == null) {
            title = first(withoutSiteName(doc.title(), outlet, true), text(doc.selectFirst("h1")));
        }
        String url = first(ld.url(), attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        Instant published = published(doc, ld.datePublished());

        doc.select(CHROME).remove();
        for (Element e : doc.body().select("[class], [id]")) {
            if (e.parent() != null
                    && !e.is("body, article, main, [itemprop=articleBody]")
                    && CHROME_NAME
                            .matcher((e.className() + " " + e.id()).toLowerCase())
                            .find()) {
                e.remove();
            }
        }
        String body = mainText(doc);
        if (body.isBlank()) {
            return Optional.empty();
        }
        if (title != null && !body.startsWith(title)) {
            body = title + "\n\n" + body;
        }
        return Optional.of(new ArticleReader.Parsed(title, body, url, outlet, author, published));
    }

    private static String mainText(Document doc) {
        Element main = doc.selectFirst("[itemprop=articleBody]");
        if (main == null) {
            Elements articles = doc.select("article");
            main = articles.size() == 1 ? articles.first() : doc.selectFirst("main");
        }
        if (main == null || lines(main).isEmpty()) {
            main = densest(doc);
        }
        List<String> lines = lines(main);
        if (lines.isEmpty()) {
            return main.text();
        }
        return String.join("\n\n", lines);
    }

    /** The element whose paragraphs hold the most text: a paragraph counts fully for its parent, half for the grandparent. */
    private static Element densest(Document doc) {
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : doc.body().select("p")) {
            int length = p.text().length();
            if (length < MIN_PARAGRAPH) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, length, Integer::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), length / 2, Integer::sum);
                }
            }
        }
        return score.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(doc.body());
    }

    /** The text blocks of an element, outermost only (a paragraph inside a list item is not repeated). */
    private static List<String> lines(Element root) {
        List<String> lines = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (nestedInBlock(block, root)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()
                    && (lines.isEmpty() || !lines.get(lines.size() - 1).equals(text))) {
                lines.add(text);
            }
        }
        return lines;
    }

    private static boolean nestedInBlock(Element block, Element root) {
        for (Element p = block.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SITE_SUFFIX =
            Pattern.compile("^(?<title>.{12,}?)\\s+[|–—-]\\s+(?<site>[^|–—]{2,60})$");

    /** "Acme invests $5bn | Example News" → "Acme invests $5bn" when the part after the bar is the site's name (in a page's {@code <title>}, also any short name after "|"). */
    static String withoutSiteName(String title, String outlet, boolean pageTitle) {
        if (title == null) {
            return null;
        }
        java.util.regex.Matcher m = SITE_SUFFIX.matcher(title.strip());
        if (!m.matches()) {
            return title;
        }
        String site = m.group("site").strip();
        boolean named = outlet != null
                && (site.equalsIgnoreCase(outlet)
                        || outlet.toLowerCase(Locale.ROOT).startsWith(site.toLowerCase(Locale.ROOT)));
        boolean barAndShort = pageTitle && title.contains(" | ") && site.split("\\s+").length <= 4;
        return named || barAndShort ? m.group("title").strip() : title;
    }

    /** The first date that reads as one: JSON-LD's {@code datePublished}, then the meta tags, then a {@code <time>}. */
    private static Instant published(Document doc, String linkedDataDate) {
        for (String candidate : new String[] {
            linkedDataDate,
            meta(doc, "article:published_time"),
            meta(doc, "datePublished"),
            meta(doc, "dc.date"),
            meta(doc, "date"),
            meta(doc, "pubdate"),
            attr(doc.selectFirst("time[datetime]"), "datetime")
        }) {
            if (candidate == null) {
                continue;
            }
            try {
                return JsonArticles.instant(candidate);
            } catch (DateTimeParseException e) {
                // try the next source of a date
            }
        }
        return null;
    }

    /** A meta tag's content by property, name or itemprop (jsoup matches the value case-insensitively). */
    private static String meta(Document doc, String key) {
        for (String a : new String[] {"property", "name", "itemprop"}) {
            String content = attr(doc.selectFirst("meta[" + a + "=\"" + key + "\"]"), "content");
            if (content != null) {
                return content;
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
