package org.newsfacts.ingest.inbox;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboxFilesTest {

    @Test
    void ignoresDotfilesAndFilesStillBeingWritten() {
        assertTrue(InboxFiles.isIgnored(".hidden.txt"));
        assertTrue(InboxFiles.isIgnored("a.txt.tmp"));
        assertTrue(InboxFiles.isIgnored("a.PART"));
        assertFalse(InboxFiles.isIgnored("a.txt"));
    }

    @Test
    void decodesUtf8DroppingTheBomAndWindowsLineEnds() {
        byte[] bytes = "\uFEFFHeadline\r\nBody – text".getBytes(StandardCharsets.UTF_8);
        InboxFiles.Text t = assertInstanceOf(InboxFiles.Text.class, InboxFiles.decode("a.txt", bytes, 1000));
        assertEquals("Headline\nBody – text", t.text());
        assertEquals("UTF-8", t.charset());
    }

    @Test
    void fallsBackToWindows1252ForLegacyText() {
        byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x80, '5'};
        InboxFiles.Text t = assertInstanceOf(InboxFiles.Text.class, InboxFiles.decode("a.txt", bytes, 1000));
        assertEquals("Café €5", t.text());
    }

    @Test
    void rejectsWithAReason() {
        assertTrue(reason("a.txt", new byte[0]).startsWith("empty"));
        assertTrue(reason("a.txt", "   \n".getBytes(StandardCharsets.UTF_8)).startsWith("empty"));
        assertTrue(reason("a.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0}).startsWith("unsupported type"));
        assertTrue(reason("a.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0}).startsWith("binary"));
        assertTrue(reason("a.txt", new byte[2000]).startsWith("too large"));
    }

    private static String reason(String name, byte[] bytes) {
        return assertInstanceOf(InboxFiles.Rejected.class, InboxFiles.decode(name, bytes, 1000)).reason();
    }
}
