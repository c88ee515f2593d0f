package org.newsfacts.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** How submitted bytes become text, and which bytes are refused before any format reads them. */
public final class TextBytes {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextBytes() {}

    /** The outcome of decoding a file: text, or the reason it cannot be ingested. */
    public sealed interface Decoded permits Text, Rejected {}

    public record Text(String text, String charset) implements Decoded {}

    public record Rejected(String reason, Rejection kind) implements Decoded {}

    /** The rejection of a file over the size limit (checked before reading, and again on the bytes). */
    public static Rejected tooLarge(long size, long maxBytes) {
        return new Rejected(
                "too large: " + size + " bytes, the limit is " + maxBytes
                        + " (setting newsfacts.inbox.max-file-bytes, NEWSFACTS_MAX_ARTICLE_BYTES)",
                Rejection.TOO_LARGE);
    }

    /**
     * Text from bytes: UTF-8 (BOM dropped), else Windows-1252 (Latin-1's printable characters plus
     * €, curly quotes, dashes…); line ends as \n. Rejected: blank text, and bytes that are neither
     * (the five bytes Windows-1252 leaves undefined are C1 control codes in Latin-1, never in text).
     */
    public static Decoded decodeText(byte[] bytes) {
        String text;
        String charset;
        try {
            text = strict(StandardCharsets.UTF_8, bytes);
            charset = "UTF-8";
        } catch (CharacterCodingException e) {
            try {
                text = strict(WINDOWS_1252, bytes);
                charset = "windows-1252";
            } catch (CharacterCodingException notLatin) {
                return new Rejected(
                        "not text in UTF-8 or Latin-1/Windows-1252: invalid UTF-8 at byte " + firstInvalidUtf8(bytes)
                                + ", and bytes Windows-1252 does not define (fix the encoding and drop it again)",
                        Rejection.NOT_TEXT);
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            return new Rejected("empty: the file has no text", Rejection.EMPTY);
        }
        return new Text(text, charset);
    }

    /** The offset of the first byte that is not valid UTF-8 (-1 when all are). */
    static int firstInvalidUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length));
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** Binary: a NUL byte, or more than 1% control characters, in the first 64 KiB. */
    public static boolean looksBinary(byte[] bytes) {
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
