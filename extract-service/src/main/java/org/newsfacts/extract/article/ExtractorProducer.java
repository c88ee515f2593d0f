package org.newsfacts.extract.article;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.newsfacts.engine.Extractor;

/** The engine is plain Java; this makes the standard chain a bean, built (and checked) once. */
public class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor() {
        return Extractor.standard();
    }
}
