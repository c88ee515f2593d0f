package org.newsfacts.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private static String field(String json, String name) throws Exception {
        return JsonFields.text(new ObjectMapper().readTree(json).get(name));
    }

    @Test
    void numbersStringsObjectsAndMissingFields() throws Exception {
        String json =
                "{\"total\": 42, \"state\": \"IDLE\", \"rate\": 12.5, \"byVersion\": {\"1.0.0\": 3, \"2.0.0\": 7}, \"next\": null}";
        assertEquals("42", field(json, "total"));
        assertEquals("IDLE", field(json, "state"));
        assertEquals("12.5", field(json, "rate"));
        assertEquals("1.0.0=3, 2.0.0=7", field(json, "byVersion"));
        assertEquals("", field(json, "next"));
        assertEquals("", field(json, "absent"));
    }

    @Test
    void aQuoteInAStringDoesNotEndIt() throws Exception {
        assertEquals("say \"hi\", then go", field("{\"s\": \"say \\\"hi\\\", then go\"}", "s"));
    }
}
