package org.newsfacts.query.fact;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.newsfacts.query.api.BadParameterException;

/** The orders /api/facts offers; nothing else reaches the SQL. Facts without a dollar value come last either way. */
public enum FactSort {
    ID("id", "f.id", true),
    ID_DESC("-id", "f.id", false),
    VALUE_USD("valueUsd", "coalesce(f.value_usd::float8, 'Infinity'::float8)", true),
    VALUE_USD_DESC("-valueUsd", "coalesce(f.value_usd::float8, '-Infinity'::float8)", false),
    CONFIDENCE("confidence", "f.confidence", true),
    CONFIDENCE_DESC("-confidence", "f.confidence", false);

    final String param;
    final String key;
    final boolean ascending;

    FactSort(String param, String key, boolean ascending) {
        this.param = param;
        this.key = key;
        this.ascending = ascending;
    }

    public static FactSort parse(String value) {
        if (value == null || value.isBlank()) {
            return ID;
        }
        return Arrays.stream(values())
                .filter(s -> s.param.equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> new BadParameterException(
                        "sort",
                        value,
                        "must be one of "
                                + Arrays.stream(values()).map(s -> s.param).collect(Collectors.joining(", "))));
    }

    /** The name of this order in the query string. */
    public String param() {
        return param;
    }

    boolean byId() {
        return this == ID || this == ID_DESC;
    }
}
