package org.newsfacts.extract.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The contract's identity rule (contracts/articles.raw.v1.schema.json, field {@code id}): the SHA-256
 * (hex) of the body normalized to Unicode NFC, every run of white space folded to one space, trimmed.
 * extract-service recomputes it so that a record can only ever carry the facts of its own text.
 */
final class ArticleIdentity {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ArticleIdentity() {
    }

    static String idOf(String body) {
        String normalized = WHITESPACE.matcher(Normalizer.normalize(body, Normalizer.Form.NFC)).replaceAll(" ").strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
