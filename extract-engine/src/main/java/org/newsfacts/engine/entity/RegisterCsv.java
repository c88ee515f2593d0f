package org.newsfacts.engine.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The register's file format, shared by the shipped table and a user's own file (docs/register.md):
 * CSV (RFC 4180: a field with a comma, quote or line break is quoted, a quote inside doubled),
 * UTF-8, the header {@code name,akas,listings,isins,cik,country}; lists inside a field are separated
 * by {@code |}; a listing is {@code EXCHANGE:TICKER}. A bad row is refused with its line and why.
 */
public final class RegisterCsv {

    public static final List<String> HEADER = List.of("name", "akas", "listings", "isins", "cik", "country");
    static final Pattern ISIN = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");
    static final Pattern CIK = Pattern.compile("[0-9]{1,10}");
    static final Pattern TICKER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,11}");
    static final Pattern EXCHANGE = Pattern.compile("[A-Z]{1,10}");

    private RegisterCsv() {}

    /** Reads every entry of {@code in}; {@code origin} names the file in error messages. */
    public static List<RegisterEntry> read(Reader in, String origin) {
        List<RegisterEntry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            Row header = next(r, origin, 0);
            if (header == null
                    || !header.fields().stream().map(String::strip).toList().equals(HEADER)) {
                throw new IllegalArgumentException(origin + ": line 1 must be the header " + String.join(",", HEADER)
                        + (header == null ? " (the file is empty)" : ", found " + String.join(",", header.fields())));
            }
            int line = header.lastLine();
            Row row;
            while ((row = next(r, origin, line)) != null) {
                line = row.lastLine();
                if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
                    continue;
                }
                out.add(entry(row, origin));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(origin + ": cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    private static RegisterEntry entry(Row row, String origin) {
        List<String> f = row.fields();
        String where = origin + ": line " + row.firstLine() + ": ";
        if (f.size() != HEADER.size()) {
            throw new IllegalArgumentException(where + "expected " + HEADER.size() + " fields ("
                    + String.join(",", HEADER) + "), found " + f.size());
        }
        String name = f.get(0).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(where + "'name' is empty");
        }
        List<RegisterEntry.Listing> listings = new ArrayList<>();
        for (String l : list(f.get(2))) {
            RegisterEntry.Listing listing;
            try {
                listing = RegisterEntry.Listing.parse(l);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage());
            }
            if (!EXCHANGE.matcher(listing.exchange()).matches()
                    || !TICKER.matcher(listing.ticker()).matches()) {
                throw new IllegalArgumentException(
                        where + "listing '" + l + "' must be EXCHANGE:TICKER (exchange in capitals, "
                                + "ticker of letters, digits, '.' or '-', at most 12)");
            }
            listings.add(listing);
        }
        List<String> isins = list(f.get(3));
        for (String isin : isins) {
            if (!ISIN.matcher(isin).matches()) {
                throw new IllegalArgumentException(
                        where + "'" + isin + "' is not an ISIN (two letters, nine letters or digits, a check digit)");
            }
        }
        String cik = f.get(4).strip();
        if (!cik.isEmpty() && !CIK.matcher(cik).matches()) {
            throw new IllegalArgumentException(where + "cik '" + cik + "' must be 1-10 digits");
        }
        String country = f.get(5).strip();
        return new RegisterEntry(
                name,
                list(f.get(1)),
                listings,
                isins,
                cik.isEmpty() ? null : stripZeros(cik),
                country.isEmpty() ? null : country);
    }

    static String stripZeros(String cik) {
        String s = cik.replaceFirst("^0+(?=.)", "");
        return s;
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Writes {@code entries} in this format (the generator's output). */
    public static void write(List<RegisterEntry> entries, Writer out) throws IOException {
        out.write(String.join(",", HEADER));
        out.write('\n');
        for (RegisterEntry e : entries) {
            out.write(String.join(
                    ",",
                    List.of(
                            quote(e.name()),
                            quote(String.join("|", e.akas())),
                            quote(String.join(
                                    "|",
                                    e.listings().stream()
                                            .map(RegisterEntry.Listing::toString)
                                            .toList())),
                            quote(String.join("|", e.isins())),
                            e.cik() == null ? "" : e.cik(),
                            quote(e.country() == null ? "" : e.country()))));
            out.write('\n');
        }
    }

    private static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private record Row(List<String> fields, int firstLine, int lastLine) {}

    /** The next record (a quoted field may span lines), or null at the end. */
    private static Row next(BufferedReader r, String origin, int linesBefore) throws IOException {
        String line = r.readLine();
        if (line == null) {
            return null;
        }
        int first = linesBefore + 1;
        int last = first;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == line.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return new Row(fields, first, last);
                }
                String more = r.readLine();
                if (more == null) {
                    throw new IllegalArgumentException(origin + ": line " + first + ": a quoted field is not closed");
                }
                field.append('\n');
                line = more;
                last++;
                i = 0;
                continue;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
    }
}
