package org.newsfacts.extract.article;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.decide.DecisionModel;
import org.newsfacts.engine.entity.CompanyRegister;
import org.newsfacts.extract.fx.FxConfig;
import org.newsfacts.extract.fx.LiveRates;
import org.newsfacts.extract.register.RegisterConfig;

/**
 * The engine is plain Java; this makes the standard chain a bean, built (and checked) once. It
 * converts money with the vendored and the stored live rates (docs/fx.md) and links organisations
 * to the company register, with the user's own entries when configured (docs/register.md).
 */
public class ExtractorProducer {

    private static final Logger LOG = Logger.getLogger(ExtractorProducer.class);

    @Produces
    @Singleton
    Extractor extractor(RegisterConfig config, LiveRates rates, FxConfig fx) {
        CompanyRegister register = CompanyRegister.shipped();
        if (config.extraCsv().isPresent()) {
            int shipped = register.size();
            register = register.withExtra(config.extraCsv().get());
            LOG.infof(
                    "company register: %d shipped entries and the file %s (now %d entries)",
                    shipped, config.extraCsv().get(), register.size());
        }
        return Extractor.standard(
                DecisionModel.shipped(), register, rates, (int) fx.maxAge().toDays());
    }
}
