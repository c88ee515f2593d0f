package org.newsfacts.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Article identity: the id is the SHA-256 of the normalized body, so that the same text dropped
 * twice (under another name, with other line ends or spacing) is one article.
 */
public final class ArticleIds {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ArticleIds() {}

    /** Unicode NFC, every run of white space (line ends included) folded to one space, trimmed. */
    public static String normalize(String body) {
        String nfc = Normalizer.normalize(body, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc).replaceAll(" ").strip();
    }

    public static String idOf(String body) {
        return sha256(normalize(body).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first line with any non-blank character, stripped; null when there is none. */
    public static String firstNonEmptyLine(String body) {
        return body.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse(null);
    }
}
