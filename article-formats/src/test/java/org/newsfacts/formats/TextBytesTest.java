package org.newsfacts.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextBytesTest {

    @Test
    void decodesUtf8DroppingTheBomAndWindowsLineEnds() {
        byte[] bytes = "\uFEFFHeadline\r\nBody – text".getBytes(StandardCharsets.UTF_8);
        TextBytes.Text t = assertInstanceOf(TextBytes.Text.class, TextBytes.decodeText(bytes));
        assertEquals("Headline\nBody – text", t.text());
        assertEquals("UTF-8", t.charset());
    }

    @Test
    void fallsBackToWindows1252ForLatin1AndInvalidUtf8() {
        byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x80, '5'};
        TextBytes.Text t = assertInstanceOf(TextBytes.Text.class, TextBytes.decodeText(bytes));
        assertEquals("Café €5", t.text());
        assertEquals("windows-1252", t.charset());
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreRejectedNamingTheFirstBadByte() {
        byte[] bytes = {'a', ' ', (byte) 0x81, ' ', 'b'};
        assertTrue(assertInstanceOf(TextBytes.Rejected.class, TextBytes.decodeText(bytes))
                .reason()
                .startsWith("not text in UTF-8 or Latin-1/Windows-1252: invalid UTF-8 at byte 2"));
        // UTF-8 text ("”" is E2 80 9D) broken by one bad sequence: as Windows-1252 it would be mojibake, and 0x9D is
        // undefined there.
        byte[] broken = "Quote: ”fine” then ".getBytes(StandardCharsets.UTF_8);
        byte[] withBadByte = java.util.Arrays.copyOf(broken, broken.length + 2);
        withBadByte[broken.length] = (byte) 0xC3;
        withBadByte[broken.length + 1] = 0x28;
        assertTrue(assertInstanceOf(TextBytes.Rejected.class, TextBytes.decodeText(withBadByte))
                .reason()
                .contains("invalid UTF-8 at byte " + broken.length));
    }

    @Test
    void blankTextIsRejected() {
        assertTrue(assertInstanceOf(
                        TextBytes.Rejected.class, TextBytes.decodeText(" \n\t".getBytes(StandardCharsets.UTF_8)))
                .reason()
                .startsWith("empty"));
    }

    @Test
    void binaryIsANulByteOrManyControlCharacters() {
        assertTrue(TextBytes.looksBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertTrue(TextBytes.looksBinary(new byte[] {1, 2, 3, 'a'}));
        assertFalse(TextBytes.looksBinary("plain\ttext\r\n".getBytes(StandardCharsets.UTF_8)));
    }
}
