package org.newsfacts.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.Layers;

class FurnitureFilterTest {

    private static final Extractor CHAIN = Extractor.builder()
            .add(new SentenceSplitter())
            .add(new FurnitureFilter())
            .buildPrefix();

    private static List<String> content(String text) {
        return CHAIN.run(text, LocalDate.of(2025, 1, 1)).get(Layers.CONTENT).stream()
                .map(s -> s.span().of(text))
                .toList();
    }

    @Test
    void dropsAdvertsLinkListsBiosAndNewsletterBlocksButKeepsCaptions() {
        String text = String.join(
                "\n",
                "Alibaba CEO Jack Ma gestures at a summit",
                "Advertisement",
                "Alibaba grew fast.",
                "Related topic:",
                "Trump Supports Proposal",
                "Chinese Tech Firms Eye Stock Financing",
                "Shares rose 3%.",
                "Also Read About",
                "DeepSeek to Open-Source AGI Research",
                "About the author: Rachel Stein",
                "Rachel loves snacks.");
        assertEquals(
                List.of("Alibaba CEO Jack Ma gestures at a summit", "Alibaba grew fast.", "Shares rose 3%."),
                content(text));
    }

    @Test
    void subscribeBlocksEndTheArticle() {
        assertEquals(List.of("Profit rose."), content("Profit rose.\nSubscribe to our weekly news digest.\nJoin now."));
    }
}
