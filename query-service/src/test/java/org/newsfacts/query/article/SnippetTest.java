package org.newsfacts.query.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void textIsEscapedAndMatchesAreMarked() {
        assertEquals(
                "<mark>Cloud</mark> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;AI&quot; <mark>share</mark>",
                ArticleRepository.snippet("\u0001Cloud\u0002 <script>alert('x')</script> & \"AI\"\n\u0001share\u0002"));
    }
}
