package org.newsfacts.engine.rules;

import java.util.List;
import org.newsfacts.engine.Clause;
import org.newsfacts.model.Fact;

/**
 * Broad MARKET_SHARE candidates ({@link MarketShareRule#broadReadings}): the looser readings, under a rule name of their own so that
 * the decision model weighs them apart from the precise patterns of {@link MarketShareRule}.
 */
public final class MarketShareBroadRule extends ClauseRule {

    @Override
    void apply(Clause c, String text, List<Fact> out) {}

    @Override
    void broaden(Clause c, String text, List<Fact> out) {
        MarketShareRule.broadReadings(c, text, out);
    }
}
