package org.newsfacts.ingest.inbox;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** What the inbox accepts and how a file's bytes become text: pure rules, no I/O. */
public final class InboxFiles {

    /** Extensions read as plain text. HTML and JSON come with their own readers (issue 5). */
    static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md");

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private InboxFiles() {
    }

    /** The outcome of decoding a file: text, or the reason it cannot be ingested. */
    public sealed interface Decoded permits Text, Rejected {
    }

    public record Text(String text, String charset) implements Decoded {
    }

    public record Rejected(String reason) implements Decoded {
    }

    /** Files that are never read: dotfiles and files still being written by convention. */
    public static boolean isIgnored(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return fileName.startsWith(".") || lower.endsWith(".tmp") || lower.endsWith(".part")
                || lower.endsWith(".reason.txt") || lower.endsWith("~");
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The rejection of a file over the size limit (checked before reading, and again on the bytes). */
    public static Rejected tooLarge(long size, long maxBytes) {
        return new Rejected("too large: " + size + " bytes, the limit is " + maxBytes
                + " (setting newsfacts.inbox.max-file-bytes)");
    }

    /** Decodes the bytes of a text file: UTF-8 (BOM dropped), else Windows-1252; binary is rejected. */
    public static Decoded decode(String fileName, byte[] bytes, long maxBytes) {
        if (!TEXT_EXTENSIONS.contains(extension(fileName))) {
            return new Rejected("unsupported type: '" + fileName + "' (accepted: " + String.join(", ", TEXT_EXTENSIONS.stream().sorted().map(e -> "." + e).toList()) + ")");
        }
        if (bytes.length > maxBytes) {
            return tooLarge(bytes.length, maxBytes);
        }
        if (looksBinary(bytes)) {
            return new Rejected("binary content: a text file has no NUL bytes and few control characters");
        }
        String text;
        String charset;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            charset = "UTF-8";
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
            charset = "windows-1252";
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            return new Rejected("empty: the file has no text");
        }
        return new Text(text, charset);
    }

    static boolean looksBinary(byte[] bytes) {
        int control = 0;
        int sample = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 100 > sample;
    }
}
