package org.newsfacts.engine.fx;

/** Where a fact's dollar value comes from (docs/fx.md). */
public enum FxSource {
    /** The European Central Bank's euro reference rates, crossed through the dollar ("Source: ECB"). */
    ECB,
    /** The Federal Reserve's H.10 noon buying rates in New York (TWD, LKR, VES: currencies the ECB does not publish). */
    FRB_H10,
    /** The People's Bank of China's dollar peg (8.2770 yuan), used before the ECB published the yuan (2005-04-01). */
    PBOC_PEG,
    /** The article states the amount in dollars itself ("380 billion yuan ($53 billion)"): no rate was needed. */
    ARTICLE
}
