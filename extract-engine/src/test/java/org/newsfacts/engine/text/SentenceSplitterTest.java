package org.newsfacts.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Span;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsOnFullStopsAndKeepsOffsets() {
        String text = "Revenue rose. Profit fell!  Why? Nobody knows.";
        List<Span> spans = splitter.split(text);
        assertEquals(List.of("Revenue rose.", "Profit fell!", "Why?", "Nobody knows."), sentences(text));
        assertEquals(new Span(0, 13), spans.get(0));
        assertEquals("Profit fell!", spans.get(1).of(text));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(
                List.of("Microsoft Corp. canceled leases in the U.S. and Alphabet Inc. said J. Smith agreed."),
                sentences("Microsoft Corp. canceled leases in the U.S. and Alphabet Inc. said J. Smith agreed."));
    }

    @Test
    void aLineBreakEndsAHeadlineWithoutAFullStop() {
        assertEquals(
                List.of("Alibaba to invest $53bn in AI", "The company said so."),
                sentences("Alibaba to invest $53bn in AI\n\nThe company said so."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(
                List.of("He said “we will grow.”", "Shares rose."), sentences("He said “we will grow.” Shares rose."));
    }

    @Test
    void decimalsAreNotSentenceEnds() {
        assertEquals(List.of("It made $4.1bn in 2024."), sentences("It made $4.1bn in 2024."));
    }
}
