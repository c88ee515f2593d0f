package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who published the rate a fact's dollar value was found with ({@code fx.source} in contracts/fact.v1.schema.json; docs/fx.md). */
public enum FxSource {
    /** The European Central Bank's euro reference rates, crossed through the dollar ("Source: ECB"). */
    ECB,
    /** The Federal Reserve's H.10 noon buying rates in New York (TWD, LKR, VES: currencies the ECB does not publish). */
    FRB_H10,
    /** The People's Bank of China's dollar peg (8.2770 yuan), used before the ECB published the yuan (2005-04-01). */
    PBOC_PEG,
    /** The article states the amount in dollars itself ("380 billion yuan ($53 billion)"): no rate was needed. */
    ARTICLE;

    /** The name on the wire (the schema's enum value): the constant's name. */
    @JsonValue
    public String wire() {
        return name();
    }

    /** The constant of a wire name, null for null (no value); refuses any other name, saying which are known. */
    @JsonCreator
    public static FxSource fromWire(String wire) {
        return WireNames.fromWire(FxSource.class, "fx source", wire);
    }
}
