package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How exactly an amount is stated ({@code approx} in contracts/fact.v1.schema.json). */
public enum Approx {
    /** As stated ("$3.4 billion"). */
    EXACT,
    /** "about", "nearly", "some". */
    ABOUT,
    /** "more than", "over". */
    MORE_THAN,
    /** "less than", "under". */
    LESS_THAN;

    /** The name on the wire (the schema's enum value): the constant's name. */
    @JsonValue
    public String wire() {
        return name();
    }

    /** The constant of a wire name, null for null (no value); refuses any other name, saying which are known. */
    @JsonCreator
    public static Approx fromWire(String wire) {
        return WireNames.fromWire(Approx.class, "approx", wire);
    }
}
