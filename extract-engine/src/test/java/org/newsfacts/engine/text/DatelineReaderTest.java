package org.newsfacts.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.Layers;

class DatelineReaderTest {

    private static final Extractor CHAIN = Extractor.builder()
            .add(new SentenceSplitter())
            .add(new DatelineReader())
            .buildPrefix();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "February 27, 2025|2025-02-27",
                "27 February 2025|2025-02-27",
                "2025-02-27|2025-02-27",
                "Published: 3 March 2022|2022-03-03",
                "Feb. 3, 2005|2005-02-03",
                "No date in this line|2001-01-01"
            })
    void readsTheDatelineAmongTheFirstLines(String line, String expected) {
        LocalDate date = CHAIN.run("A headline\n\n" + line + "\n\nThe body.", LocalDate.of(2001, 1, 1))
                .get(Layers.ARTICLE_DATE);
        assertEquals(LocalDate.parse(expected), date);
    }
}
