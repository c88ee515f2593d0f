package org.newsfacts.query.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void limitIsAWholeNumberFromOneTo200() {
        assertEquals(20, Params.limit(null, 20));
        assertEquals(1, Params.limit("1", 20));
        assertEquals(200, Params.limit(" 200 ", 20));
        for (String bad : new String[] {"0", "-1", "201", "ten", "99999999999", "1.5"}) {
            assertThrows(BadParameterException.class, () -> Params.limit(bad, 20), bad);
        }
    }

    @Test
    void datesMeanWholeDaysInUtcAndInstantsThemselves() {
        assertEquals(Instant.parse("2025-02-24T00:00:00Z"), Params.from("from", "2025-02-24"));
        assertEquals(Instant.parse("2025-02-25T00:00:00Z"), Params.to("to", "2025-02-24"));
        assertEquals(Instant.parse("2025-02-24T10:00:00Z"), Params.to("to", "2025-02-24T10:00:00Z"));
        assertNull(Params.from("from", ""));
        BadParameterException e = assertThrows(BadParameterException.class, () -> Params.from("since", "24.2.2025"));
        assertEquals(
                "'since' must be a date (2025-02-24) or an instant (2025-02-24T10:00:00Z), got '24.2.2025'",
                e.getMessage());
    }

    @Test
    void aLowestConfidenceIsAProbabilityFromZeroToOne() {
        assertNull(Params.probability("minConfidence", null));
        assertNull(Params.probability("minConfidence", " "));
        assertEquals(0.0, Params.probability("minConfidence", "0"));
        assertEquals(0.5, Params.probability("minConfidence", "0.5"));
        assertEquals(0.8, Params.probability("minConfidence", " .8 "));
        assertEquals(0.25, Params.probability("minConfidence", "2.5e-1"));
        assertEquals(1.0, Params.probability("minConfidence", "1.000"));
        for (String bad :
                new String[] {"-0.1", "1.01", "50", "80%", "high", "NaN", "Infinity", "0x1p-1", "0.5f", "1e400", "0,5"
                }) {
            assertThrows(BadParameterException.class, () -> Params.probability("minConfidence", bad), bad);
        }
        BadParameterException e =
                assertThrows(BadParameterException.class, () -> Params.probability("minConfidence", "80"));
        assertEquals(
                "'minConfidence' must be a number from 0 to 1, a probability (0.8 for 80 %), got '80'", e.getMessage());
    }

    @Test
    void namesAndNumbers() {
        assertEquals("NET_INCOME", Params.upperSnake("metric", "net income"));
        assertThrows(BadParameterException.class, () -> Params.upperSnake("metric", "1=1"));
        assertEquals("ROLE", Params.oneOf("type", "role", Set.of("ROLE", "QUOTE")));
        assertThrows(BadParameterException.class, () -> Params.oneOf("type", "GOSSIP", Set.of("ROLE")));
        assertEquals(0, new BigDecimal("2500000000").compareTo(Params.decimal("minUsd", "2.5e9")));
        assertThrows(BadParameterException.class, () -> Params.decimal("minUsd", "1e400"));
        assertThrows(BadParameterException.class, () -> Params.articleId("article", "../../etc/passwd"));
        assertThrows(BadParameterException.class, () -> Params.text("q", "a\u0000b", 10));
        assertThrows(BadParameterException.class, () -> Params.text("q", "x".repeat(11), 10));
    }
}
