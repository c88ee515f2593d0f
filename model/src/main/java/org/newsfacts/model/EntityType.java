package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a fact's subject or object is ({@code subjectType}, {@code objectType} in contracts/fact.v1.schema.json). */
public enum EntityType {
    ORGANIZATION,
    PERSON,
    PLACE,
    /** Anything else named by words: a market, a product, a field of investment. */
    TOPIC;

    /** The name on the wire (the schema's enum value): the constant's name. */
    @JsonValue
    public String wire() {
        return name();
    }

    /** The constant of a wire name, null for null (no value); refuses any other name, saying which are known. */
    @JsonCreator
    public static EntityType fromWire(String wire) {
        return WireNames.fromWire(EntityType.class, "entity type", wire);
    }
}
