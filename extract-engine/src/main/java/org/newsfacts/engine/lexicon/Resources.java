package org.newsfacts.engine.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfacts.model.Direction;

/** Word lists and rules kept as resource files beside the engine: one entry a line, '#' starts a comment. */
public final class Resources {

    private Resources() {}

    public static List<String> lines(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing engine resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(l -> l.replaceFirst("\\s+#.*$", "").strip())
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two columns split by {@code separator}: first → second, in file order. */
    /** The pairs of a two-column list whose second column is a direction's wire name (UP, DOWN), in the file's order. */
    public static Map<String, Direction> directions(String name) {
        Map<String, Direction> out = new LinkedHashMap<>();
        pairs(name, "\t").forEach((word, wire) -> {
            try {
                out.put(word, Direction.fromWire(wire));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + ": " + e.getMessage(), e);
            }
        });
        return out;
    }

    public static Map<String, String> pairs(String name, String separator) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(name)) {
            String[] kv = line.split(separator, 2);
            if (kv.length != 2) {
                throw new IllegalStateException(name + ": expected two columns in '" + line + "'");
            }
            out.put(kv[0].strip(), kv[1].strip());
        }
        return out;
    }
}
