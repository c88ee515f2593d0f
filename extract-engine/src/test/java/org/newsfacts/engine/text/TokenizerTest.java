package org.newsfacts.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Token;

class TokenizerTest {

    private static List<String> tokens(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void keepsBrandsInitialsAndNumbersWhole() {
        assertEquals(
                List.of("Amazon.com", "and", "AT&T", "in", "the", "U.S.", "made", "1,200.5", "."),
                tokens("Amazon.com and AT&T in the U.S. made 1,200.5."));
    }

    @Test
    void splitsHyphensDashesAndCurlyApostrophes() {
        assertEquals(
                List.of("US", "-", "listed", "years", "-", "a", "Alibaba", "’", "s"),
                tokens("US-listed years-a Alibaba’s"));
    }

    @Test
    void brandsWithACapitalSecondLetterCountAsCapitalised() {
        assertTrue(Tokenizer.tokenize("iPhones").get(0).capitalized());
        assertTrue(!Tokenizer.tokenize("is").get(0).capitalized());
    }

    @Test
    void aWireTickerGluedToTheNameBeforeItIsATokenOfItsOwn() {
        assertEquals(
                List.of("Harwick", "Inc", "HWK.N", "and", "Quillon", "Corp", "QLN.O", "and", "Amazon.com"),
                tokens("Harwick IncHWK.N and Quillon CorpQLN.O and Amazon.com"));
    }
}
