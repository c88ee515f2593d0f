package org.newsfacts.extract.article;

import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Extractor;

/**
 * The engine's extractor as the pipeline runs it, one article at a time: live articles and
 * re-extraction go through here, so the time each article takes is measured in one place
 * ({@code newsfacts_extraction_seconds}, a histogram, on {@code /q/metrics}).
 */
@ApplicationScoped
public class Extraction {

    private final Extractor extractor;

    public Extraction(Extractor extractor) {
        this.extractor = extractor;
    }

    @Timed(value = "newsfacts.extraction", description = "Time to extract the facts of one article", histogram = true)
    public Document run(String text, LocalDate articleDate) {
        return extractor.run(text, articleDate);
    }
}
