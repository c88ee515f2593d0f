package org.newsfacts.engine.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Fact.RegisterIds;

class RegisterCsvTest {

    private static final String HEADER = "name,akas,listings,isins,cik,country\n";

    @Test
    void readsQuotedFieldsListsAndListings() {
        List<RegisterEntry> entries = RegisterCsv.read(
                new StringReader(HEADER
                        + "\"Quillfeather, Inc.\",QF Holdings|Quill,NYSE:QFT|FRA:QF1,US1234567890,0000123456,United States\n"
                        + "Nordvik,,,,,\n"),
                "test.csv");
        assertEquals(2, entries.size());
        RegisterEntry q = entries.get(0);
        assertEquals("Quillfeather, Inc.", q.name());
        assertEquals(List.of("QF Holdings", "Quill"), q.akas());
        assertEquals(
                List.of(new RegisterEntry.Listing("NYSE", "QFT"), new RegisterEntry.Listing("FRA", "QF1")),
                q.listings());
        assertEquals("123456", q.cik());
        assertEquals(new RegisterIds("Quillfeather, Inc.", "QFT", "NYSE", "US1234567890", "123456"), q.identifiers());
        assertEquals(
                new RegisterIds("Nordvik", null, null, null, null),
                entries.get(1).identifiers());
    }

    @Test
    void writesWhatItReads() throws Exception {
        List<RegisterEntry> entries = List.of(new RegisterEntry(
                "A \"quoted\", name",
                List.of("x"),
                List.of(new RegisterEntry.Listing("US", "AQN")),
                List.of(),
                "42",
                null));
        StringWriter out = new StringWriter();
        RegisterCsv.write(entries, out);
        assertEquals(entries, RegisterCsv.read(new StringReader(out.toString()), "round trip"));
    }

    @Test
    void aBadRowIsRefusedWithItsLineAndWhy() {
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> RegisterCsv.read(new StringReader("name,tickers\n"), "f.csv"))
                .getMessage()
                .contains("line 1 must be the header"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> RegisterCsv.read(new StringReader(HEADER + "Good,,,,,\nBad,,,XX123,,\n"), "f.csv"))
                .getMessage()
                .startsWith("f.csv: line 3: 'XX123' is not an ISIN"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> RegisterCsv.read(new StringReader(HEADER + "Bad,,QFT,,,\n"), "f.csv"))
                .getMessage()
                .contains("EXCHANGE:TICKER"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> RegisterCsv.read(new StringReader(HEADER + "Bad,,,,12a,\n"), "f.csv"))
                .getMessage()
                .contains("cik '12a'"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> RegisterCsv.read(new StringReader(HEADER + "Bad,,\n"), "f.csv"))
                .getMessage()
                .contains("expected 6 fields"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> RegisterCsv.read(new StringReader(HEADER + "\"Open,,,,,\n"), "f.csv"))
                .getMessage()
                .contains("not closed"));
    }
}
