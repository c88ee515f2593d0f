package org.newsfacts.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints fields of a JSON object read from standard input, one line each, for {@code ./newsfacts}
 * (which must not parse JSON with grep and may not assume jq): a number or string as it is, an object
 * as {@code key=value, …}, a missing field as an empty line. Exits 1 when the input is not a JSON object.
 * <pre>curl -s …/api/reextract | java -cp … org.newsfacts.devstack.JsonFields remaining state</pre>
 */
public final class JsonFields {

    private JsonFields() {}

    public static void main(String[] args) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(System.in);
        } catch (IOException e) {
            System.err.println("not JSON: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (root == null || !root.isObject()) {
            System.err.println("not a JSON object");
            System.exit(1);
            return;
        }
        for (String field : args) {
            System.out.println(text(root.get(field)));
        }
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isObject()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                parts.add(e.getKey() + "=" + text(e.getValue()));
            }
            return String.join(", ", parts);
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
