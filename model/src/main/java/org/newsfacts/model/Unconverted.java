package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a money fact has no dollar value ({@code fx.unconverted} in contracts/fact.v1.schema.json; docs/fx.md). */
public enum Unconverted {
    /** No published rates for the currency at all. */
    NO_RATES_FOR_CURRENCY,
    /** The article's date is before the currency's first rate. */
    BEFORE_FIRST_RATE,
    /** The newest rate before the article's date is older than the max-age setting: waiting for a newer one. */
    RATE_TOO_OLD;

    /** The name on the wire (the schema's enum value): the constant's name. */
    @JsonValue
    public String wire() {
        return name();
    }

    /** The constant of a wire name, null for null (no value); refuses any other name, saying which are known. */
    @JsonCreator
    public static Unconverted fromWire(String wire) {
        return WireNames.fromWire(Unconverted.class, "fx unconverted reason", wire);
    }
}
