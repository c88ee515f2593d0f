package org.newsfacts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The enums are the closed sets of contracts/fact.v1.schema.json, name for name and in its order; a
 * wire name reads back to its constant and any other name is refused with the names known.
 */
class ClosedSetsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode fact() throws Exception {
        return JSON.readTree(Contract.FACT.schema()).path("properties");
    }

    /** The schema's enum at that path, without null. */
    private static List<String> schemaEnum(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.path("enum").forEach(v -> {
            if (!v.isNull()) {
                out.add(v.asText());
            }
        });
        assertTrue(!out.isEmpty(), "an enum in the schema at " + node);
        return out;
    }

    private static <E extends Enum<E>> List<String> wires(E[] values, Function<E, String> wire) {
        return Arrays.stream(values).map(wire).toList();
    }

    @Test
    void eachEnumIsTheSchemasClosedSet() throws Exception {
        JsonNode p = fact();
        assertEquals(schemaEnum(p.path("type")), wires(FactType.values(), FactType::wire));
        assertEquals(schemaEnum(p.path("subjectType")), wires(EntityType.values(), EntityType::wire));
        assertEquals(schemaEnum(p.path("objectType")), wires(EntityType.values(), EntityType::wire));
        assertEquals(schemaEnum(p.path("approx")), wires(Approx.values(), Approx::wire));
        assertEquals(schemaEnum(p.path("direction")), wires(Direction.values(), Direction::wire));
        JsonNode fx = p.path("fx").path("properties");
        assertEquals(schemaEnum(fx.path("source")), wires(FxSource.values(), FxSource::wire));
        assertEquals(schemaEnum(fx.path("unconverted")), wires(Unconverted.values(), Unconverted::wire));
    }

    @Test
    void aWireNameReadsBackAndAnUnknownOneIsRefusedWithTheKnownNames() {
        for (FactType t : FactType.values()) {
            assertEquals(t, FactType.fromWire(t.wire()));
        }
        assertEquals(Approx.MORE_THAN, Approx.fromWire("MORE_THAN"));
        assertNull(Direction.fromWire(null), "no value is no constant");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FactType.fromWire("ORGANISATION"));
        assertEquals(
                "unknown fact type 'ORGANISATION' (known: INVESTMENT, FUNDING, ACQUISITION, STOCK_MOVE, FINANCIAL_METRIC,"
                        + " METRIC_CHANGE, MARKET_SHARE, ROLE, QUOTE, STAKE, PARTNERSHIP)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EntityType.fromWire("organization"), "case matters");
    }

    @Test
    void jacksonWritesAndReadsTheWireName() throws Exception {
        assertEquals("\"STOCK_MOVE\"", JSON.writeValueAsString(FactType.STOCK_MOVE));
        assertEquals(EntityType.PLACE, JSON.readValue("\"PLACE\"", EntityType.class));
        assertThrows(Exception.class, () -> JSON.readValue("\"SIDEWAYS\"", Direction.class));
    }
}
