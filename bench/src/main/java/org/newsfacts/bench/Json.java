package org.newsfacts.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little JSON the bench needs: writing nested maps of numbers and strings, reading a flat object of numbers. */
final class Json {

    private static final Pattern NUMBER_FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(-?[0-9.eE+]+)");

    private Json() {}

    static String write(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            map.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "")
                    .append(write(k.toString()))
                    .append(':')
                    .append(write(v)));
            return sb.append('}').toString();
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite()
                    ? "null"
                    : String.format(Locale.ROOT, "%.3f", d).replaceAll("\\.?0+$", "");
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        String s = value.toString();
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The numeric fields of a JSON object, at any depth, by name (the extractor benchmark's last line, a status, a health check). */
    static Map<String, Object> parseFlat(String json) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Matcher m = NUMBER_FIELD.matcher(json);
        while (m.find()) {
            fields.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return fields;
    }
}
