package org.newsfacts.extract.warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The texts the warm-up extracts from: invented news articles (no real company, person or figure)
 * that between them state each kind of fact, in one resource file, separated by lines of four dashes.
 */
public final class WarmupArticles {

    static final String RESOURCE = "/org/newsfacts/extract/warmup/warmup-articles.txt";

    private WarmupArticles() {}

    /** The bundled articles. */
    public static List<String> bundled() {
        try (InputStream in = WarmupArticles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("warm-up articles not found on the class path: " + RESOURCE);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The articles of a file: the parts between lines that are exactly {@code ----}, trimmed, empty ones left out. */
    static List<String> split(String file) {
        return Arrays.stream(file.split("(?m)^----\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
