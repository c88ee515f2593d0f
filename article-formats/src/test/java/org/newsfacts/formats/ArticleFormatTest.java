package org.newsfacts.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleFormatTest {

    @Test
    void byExtensionIgnoringCase() {
        assertEquals(Optional.of(ArticleFormat.TEXT), ArticleFormat.ofFileName("a.TXT"));
        assertEquals(Optional.of(ArticleFormat.MARKDOWN), ArticleFormat.ofFileName("a.md"));
        assertEquals(Optional.of(ArticleFormat.HTML), ArticleFormat.ofFileName("page.htm"));
        assertEquals(Optional.of(ArticleFormat.JSON), ArticleFormat.ofFileName("one.json"));
        assertEquals(Optional.of(ArticleFormat.JSON_LINES), ArticleFormat.ofFileName("feed.jsonl"));
        assertEquals(Optional.empty(), ArticleFormat.ofFileName("image.png"));
        assertEquals(Optional.empty(), ArticleFormat.ofFileName("README"));
    }

    @Test
    void byMediaTypeIgnoringParameters() {
        assertEquals(Optional.of(ArticleFormat.HTML), ArticleFormat.ofMediaType("text/html; charset=UTF-8"));
        assertEquals(Optional.of(ArticleFormat.JSON), ArticleFormat.ofMediaType("Application/JSON"));
        assertEquals(Optional.of(ArticleFormat.JSON_LINES), ArticleFormat.ofMediaType("application/jsonl"));
        assertEquals(Optional.empty(), ArticleFormat.ofMediaType("image/png"));
        assertEquals(Optional.empty(), ArticleFormat.ofMediaType(null));
    }
}
