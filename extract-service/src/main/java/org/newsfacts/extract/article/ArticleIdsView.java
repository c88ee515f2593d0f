package org.newsfacts.extract.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** The article id rule of the articles.raw contract (SHA-256 of the normalized body), for texts sent to /api/extract. */
public final class ArticleIdsView {

    private ArticleIdsView() {
    }

    public static String idOf(String body) {
        String normalized = Normalizer.normalize(body, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
