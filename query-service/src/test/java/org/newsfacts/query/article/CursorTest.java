package org.newsfacts.query.article;

import jakarta.ws.rs.BadRequestException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorTest {

    @Test
    void roundTripsWithNanosecondPrecision() {
        Cursor c = new Cursor(Instant.parse("2025-02-24T10:15:30.123456789Z"), "ab".repeat(32));
        assertEquals(c, Cursor.decode(c.encode()));
    }

    @Test
    void anythingElseIsRejectedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cursor.decode("not-a-cursor!"));
        assertEquals("'cursor' is not a cursor from a previous response: 'not-a-cursor!'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cursor.decode("MTIzOmFiYw"));
    }

    @Test
    void limitIsAWholeNumberFromOneTo200() {
        assertEquals(1, ArticleResource.parseLimit("1"));
        assertEquals(200, ArticleResource.parseLimit("200"));
        for (String bad : new String[]{"0", "-1", "201", "ten", "99999999999"}) {
            assertThrows(BadRequestException.class, () -> ArticleResource.parseLimit(bad), bad);
        }
    }
}
