package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The fact types of FACTS.md ({@code type} in contracts/fact.v1.schema.json). */
public enum FactType {
    INVESTMENT,
    FUNDING,
    ACQUISITION,
    STOCK_MOVE,
    FINANCIAL_METRIC,
    METRIC_CHANGE,
    MARKET_SHARE,
    ROLE,
    QUOTE,
    STAKE,
    PARTNERSHIP;

    /** The name on the wire (the schema's enum value): the constant's name. */
    @JsonValue
    public String wire() {
        return name();
    }

    /** The constant of a wire name, null for null (no value); refuses any other name, saying which are known. */
    @JsonCreator
    public static FactType fromWire(String wire) {
        return WireNames.fromWire(FactType.class, "fact type", wire);
    }
}
