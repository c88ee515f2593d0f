package org.newsfacts.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The wire names of the closed sets: a constant's name is its wire name. */
final class WireNames {

    private WireNames() {}

    static <E extends Enum<E>> E fromWire(Class<E> type, String what, String wire) {
        if (wire == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wire)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + wire + "' (known: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    }
}
