package org.newsfacts.query.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Fact;

/**
 * The select list query-service reads facts with is the fact's shape: one column for each component
 * of {@link Fact} (of its evidence and fx, component by component; alt and the register identifiers
 * are stored as JSON, one column each), in the record's order. A component added to the record and
 * not to {@link FactRows#COLUMNS} fails here.
 */
class FactRowsTest {

    /** Components stored as one JSON column, not column by column. */
    private static final Set<Class<?>> STORED_AS_JSON = Set.of(List.class, Fact.RegisterIds.class);

    @Test
    void theSelectListHasAColumnForEveryComponentOfTheFactInItsOrder() {
        List<String> components = new ArrayList<>();
        flatten("", Fact.class, components);
        assertEquals(
                components,
                FactRows.COLUMNS.stream().map(FactRows.Column::component).toList(),
                "FactRows.COLUMNS against the components of org.newsfacts.model.Fact");
    }

    @Test
    void theSelectListIsTheColumnsJoined() {
        assertEquals(FactRows.COLUMNS.size(), FactRows.COUNT);
        assertEquals(FactRows.COUNT, FactRows.SELECT_LIST.split(", ").length);
        for (FactRows.Column c : FactRows.COLUMNS) {
            assertTrue(c.sql().matches("[fa]\\.[a-z_]+"), c.sql() + ": a column of fact f or article a");
        }
    }

    /** The record's components, those of a nested record (other than the JSON ones) as "outer.inner". */
    private static void flatten(String prefix, Class<?> type, List<String> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            if (t.isRecord() && !STORED_AS_JSON.contains(t)) {
                flatten(prefix + c.getName() + ".", t, out);
            } else {
                out.add(prefix + c.getName());
            }
        }
    }
}
