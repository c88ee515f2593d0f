package org.newsfacts.query.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTrips() {
        Cursor c = new Cursor("newest", "2025-02-24T10:15:30.123456Z", "ab".repeat(32));
        assertEquals(c, Cursor.decode(c.encode(), "newest"));
        assertNull(Cursor.decode(" ", "newest"));
        assertNull(Cursor.decode(null, "newest"));
    }

    @Test
    void anythingElseIsRejectedWithAMessage() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> Cursor.decode("not-a-cursor!", "id"));
        assertEquals("'cursor' is not a 'next' value from a previous response, got 'not-a-cursor!'", e.getMessage());
        assertThrows(BadParameterException.class, () -> Cursor.decode("MTIzOmFiYw", "id"));
    }

    @Test
    void aCursorOnlyFitsItsOwnOrder() {
        String valueOrder = new Cursor("-valueUsd", "5.3E10", "7").encode();
        BadParameterException e = assertThrows(BadParameterException.class, () -> Cursor.decode(valueOrder, "id"));
        assertTrue(
                e.getMessage().contains("belongs to a list in another order (-valueUsd), not to this one (id)"),
                e.getMessage());
    }

    @Test
    void keysThatAreNotNumbersAreBadCursors() {
        Cursor c = Cursor.decode(new Cursor("id", "x", "y").encode(), "id");
        assertThrows(BadParameterException.class, c::longKey);
        assertThrows(BadParameterException.class, c::longId);
        assertThrows(BadParameterException.class, c::doubleKey);
        assertThrows(BadParameterException.class, c::instantKey);
    }
}
