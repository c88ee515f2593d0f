package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which way a change or a stock move went ({@code direction} in contracts/fact.v1.schema.json). */
public enum Direction {
    UP,
    DOWN;

    /** The name on the wire (the schema's enum value): the constant's name. */
    @JsonValue
    public String wire() {
        return name();
    }

    /** The constant of a wire name, null for null (no value); refuses any other name, saying which are known. */
    @JsonCreator
    public static Direction fromWire(String wire) {
        return WireNames.fromWire(Direction.class, "direction", wire);
    }
}
