package org.newsfacts.extract.article;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.newsfacts.engine.Extractor;
import org.newsfacts.extract.fx.FxConfig;
import org.newsfacts.extract.fx.LiveRates;

/**
 * The engine is plain Java; this makes the standard chain a bean, built (and checked) once. It
 * converts money with the vendored and the stored live rates (docs/fx.md).
 */
public class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor(LiveRates rates, FxConfig fx) {
        return Extractor.standard(rates, (int) fx.maxAge().toDays());
    }
}
