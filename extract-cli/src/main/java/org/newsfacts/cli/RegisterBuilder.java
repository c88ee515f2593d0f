package org.newsfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfacts.engine.entity.CompanyNames;
import org.newsfacts.engine.entity.RegisterEntry;
import org.newsfacts.engine.entity.RegisterEntry.Listing;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Builds the company register (engine resource {@code entity/company-register.csv}) from the SEC's
 * list of registrants with tickers ({@code sec/company_tickers.json}) and the pytickersymbols index
 * register ({@code pytickersymbols/stocks.yaml}), as docs/register.md describes:
 * <ul>
 *   <li>an SEC registrant is one entry per CIK: its title (the SEC's state marks such as "/DE/" left
 *       out) and every ticker of that CIK, on exchange {@code US} (the list names no exchange) unless
 *       the index register lists the same ticker on NYSE or Nasdaq;</li>
 *   <li>an index company is one entry with its name, other names, listings (Google Finance's
 *       {@code EXCHANGE:TICKER}, its home symbol first), ISINs and country;</li>
 *   <li>the two are one entry when the index company's US tickers (NYSE, Nasdaq, OTC) lead to exactly
 *       one CIK whose title starts with the same word (a stale OTC ticker of another company does not
 *       count), and no other index company leads to that CIK. The entry then takes the index
 *       company's name, the SEC title as another name, and the listings of both;</li>
 *   <li>failing that, they are one entry when the SEC title and one of the index company's names
 *       give the same name key and no other registrant or index company has that key;</li>
 *   <li>an index company's US ticker that the SEC gives to another registrant is left out (stale).</li>
 * </ul>
 * Same input, same output (file order kept).
 */
final class RegisterBuilder {

    private static final Set<String> US_EXCHANGES = Set.of("NYSE", "NASDAQ", "OTCMKTS");

    /** What the build did, for the command's summary. */
    record Result(
            List<RegisterEntry> entries,
            int secRegistrants,
            int indexCompanies,
            int mergedByTicker,
            int mergedByName,
            int ambiguous) {}

    private record Sec(String cik, String title, List<String> tickers) {}

    /** An index company; {@code home} is its home symbol (its listing under that ticker comes first). */
    private record Indexed(
            String name, String home, List<String> akas, List<Listing> listings, List<String> isins, String country) {}

    private RegisterBuilder() {}

    static Result build(Path refdata) throws IOException {
        List<Sec> sec = readSec(refdata.resolve("sec/company_tickers.json"));
        List<Indexed> indexed = readIndex(refdata.resolve("pytickersymbols/stocks.yaml"));

        Map<String, List<Sec>> secByTicker = new HashMap<>();
        sec.forEach(s -> s.tickers()
                .forEach(t ->
                        secByTicker.computeIfAbsent(t, x -> new ArrayList<>()).add(s)));
        Map<Indexed, Sec> match = new LinkedHashMap<>();
        Map<String, List<Indexed>> claims = new HashMap<>();
        int ambiguous = 0;
        for (Indexed p : indexed) {
            Set<Sec> found = new LinkedHashSet<>();
            for (Listing l : p.listings()) {
                if (US_EXCHANGES.contains(l.exchange())) {
                    for (Sec s : secByTicker.getOrDefault(l.ticker(), List.of())) {
                        if (sameFirstWord(p, s.title())) {
                            found.add(s);
                        }
                    }
                }
            }
            if (found.size() == 1) {
                Sec s = found.iterator().next();
                match.put(p, s);
                claims.computeIfAbsent(s.cik(), c -> new ArrayList<>()).add(p);
            } else if (found.size() > 1) {
                ambiguous++;
            }
        }
        Map<String, Indexed> mergedByCik = new HashMap<>();
        match.forEach((p, s) -> {
            if (claims.get(s.cik()).size() == 1) {
                mergedByCik.put(s.cik(), p);
            }
        });
        ambiguous += (int) claims.values().stream().filter(l -> l.size() > 1).count();
        int byTicker = mergedByCik.size();
        mergeByName(sec, indexed, mergedByCik);

        List<RegisterEntry> out = new ArrayList<>();
        Set<Indexed> used = new HashSet<>();
        for (Sec s : sec) {
            Indexed p = mergedByCik.get(s.cik());
            if (p == null) {
                out.add(new RegisterEntry(
                        s.title(),
                        List.of(),
                        s.tickers().stream().map(t -> new Listing("US", t)).toList(),
                        List.of(),
                        s.cik(),
                        null));
                continue;
            }
            used.add(p);
            List<String> akas = new ArrayList<>(p.akas());
            if (!akas.contains(s.title()) && !s.title().equals(p.name())) {
                akas.add(s.title());
            }
            List<Listing> own = usable(p, s.cik(), secByTicker);
            Map<String, Listing> listings = new LinkedHashMap<>();
            own.stream().filter(l -> l.ticker().equals(p.home())).forEach(l -> listings.putIfAbsent(l.toString(), l));
            for (String t : s.tickers()) {
                Listing named = own.stream()
                        .filter(l -> l.ticker().equals(t) && US_EXCHANGES.contains(l.exchange()))
                        .findFirst()
                        .orElse(new Listing("US", t));
                listings.putIfAbsent(named.toString(), named);
            }
            own.forEach(l -> listings.putIfAbsent(l.toString(), l));
            out.add(new RegisterEntry(p.name(), akas, List.copyOf(listings.values()), p.isins(), s.cik(), p.country()));
        }
        for (Indexed p : indexed) {
            if (!used.contains(p)) {
                List<Listing> own = usable(p, null, secByTicker);
                List<Listing> listings = new ArrayList<>(
                        own.stream().filter(l -> l.ticker().equals(p.home())).toList());
                own.stream().filter(l -> !listings.contains(l)).forEach(listings::add);
                out.add(new RegisterEntry(p.name(), p.akas(), listings, p.isins(), null, p.country()));
            }
        }
        return new Result(out, sec.size(), indexed.size(), byTicker, mergedByCik.size() - byTicker, ambiguous);
    }

    /**
     * Second pass: an index company not merged by ticker and an SEC registrant not merged either are
     * one entry when the registrant's title and one of the company's names give the same key
     * ({@link CompanyNames#key}), and that key belongs to no other registrant and no other index
     * company (a foreign company whose ADR trades under a ticker the index register does not list).
     */
    private static void mergeByName(List<Sec> sec, List<Indexed> indexed, Map<String, Indexed> mergedByCik) {
        Set<Indexed> merged = new HashSet<>(mergedByCik.values());
        Map<String, List<Sec>> secByKey = new HashMap<>();
        sec.forEach(s -> secByKey.computeIfAbsent(CompanyNames.key(s.title()), k -> new ArrayList<>())
                .add(s));
        Map<String, List<Indexed>> indexedByKey = new HashMap<>();
        Map<Indexed, Set<String>> keysOf = new HashMap<>();
        for (Indexed p : indexed) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(CompanyNames.key(p.name()));
            p.akas().forEach(a -> keys.add(CompanyNames.key(a)));
            keys.remove("");
            keysOf.put(p, keys);
            keys.forEach(
                    k -> indexedByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
        }
        for (Indexed p : indexed) {
            if (merged.contains(p)) {
                continue;
            }
            Set<Sec> found = new LinkedHashSet<>();
            for (String key : keysOf.get(p)) {
                List<Sec> ss = secByKey.getOrDefault(key, List.of());
                if (indexedByKey.get(key).size() == 1 && ss.size() == 1) {
                    found.add(ss.get(0));
                } else if (!ss.isEmpty()) {
                    found.add(null); // a key shared with others: not this pass's to decide
                }
            }
            if (found.size() == 1 && !found.contains(null)) {
                Sec s = found.iterator().next();
                if (!mergedByCik.containsKey(s.cik())) {
                    mergedByCik.put(s.cik(), p);
                    merged.add(p);
                }
            }
        }
    }

    /**
     * The index company's listings without the US tickers (NYSE, Nasdaq, OTC) that the SEC gives to
     * another registrant than {@code cik}: for US tickers the SEC's list is the authority, and the
     * index register has stale ones (a ticker of a company that was delisted, then reused).
     */
    private static List<Listing> usable(Indexed p, String cik, Map<String, List<Sec>> secByTicker) {
        return p.listings().stream()
                .filter(l -> !US_EXCHANGES.contains(l.exchange())
                        || secByTicker.getOrDefault(l.ticker(), List.of()).stream()
                                .allMatch(s -> s.cik().equals(cik)))
                .toList();
    }

    private static boolean sameFirstWord(Indexed p, String secTitle) {
        String sec = firstWord(CompanyNames.key(secTitle));
        if (sec.isEmpty()) {
            return false;
        }
        if (firstWord(CompanyNames.key(p.name())).equals(sec)) {
            return true;
        }
        return p.akas().stream().anyMatch(a -> firstWord(CompanyNames.key(a)).equals(sec));
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    private static List<Sec> readSec(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(file
                    + ": expected the SEC's object of registrants {\"0\": {\"cik_str\", \"ticker\", \"title\"}, …}");
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<String>> tickers = new LinkedHashMap<>();
        // The keys are "0", "1", …: the SEC's order (largest companies first); a CIK's first ticker is its main one.
        List<Map.Entry<String, JsonNode>> rows = new ArrayList<>();
        root.fields().forEachRemaining(rows::add);
        rows.sort((a, b) -> Integer.compare(Integer.parseInt(a.getKey()), Integer.parseInt(b.getKey())));
        for (Map.Entry<String, JsonNode> row : rows) {
            JsonNode r = row.getValue();
            String cik = r.path("cik_str").asText();
            String ticker = r.path("ticker").asText();
            String title = r.path("title").asText();
            if (cik.isEmpty() || ticker.isEmpty() || title.isEmpty()) {
                throw new IOException(file + ": entry " + row.getKey() + " lacks cik_str, ticker or title");
            }
            titles.putIfAbsent(cik, CompanyNames.withoutSecMarks(title));
            tickers.computeIfAbsent(cik, c -> new ArrayList<>()).add(ticker);
        }
        List<Sec> out = new ArrayList<>();
        titles.forEach((cik, title) -> out.add(new Sec(cik, title, List.copyOf(tickers.get(cik)))));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Indexed> readIndex(Path file) throws IOException {
        Map<String, Object> root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(64 * 1024 * 1024);
            root = new Yaml(new SafeConstructor(options)).load(in);
        }
        if (root == null || !(root.get("companies") instanceof List<?> companies)) {
            throw new IOException(file + ": expected a 'companies' list");
        }
        List<Indexed> out = new ArrayList<>();
        for (Object o : companies) {
            Map<String, Object> c = (Map<String, Object>) o;
            String name =
                    text(c.get("name")).replaceFirst("\\s*\\([^)]*\\)\\s*$", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            Map<String, Listing> listings = new LinkedHashMap<>();
            for (Object s : list(c.get("symbols"))) {
                String google = text(((Map<String, Object>) s).get("google"));
                int colon = google.indexOf(':');
                if (colon > 0 && colon < google.length() - 1) {
                    Listing l = new Listing(google.substring(0, colon), google.substring(colon + 1));
                    listings.putIfAbsent(l.toString(), l);
                }
            }
            List<String> akas = new ArrayList<>();
            for (Object a : list(c.get("akas"))) {
                String aka = text(a).strip();
                if (!aka.isEmpty() && !aka.equals(name) && !akas.contains(aka)) {
                    akas.add(aka);
                }
            }
            List<String> isins = list(c.get("isins")).stream()
                    .map(RegisterBuilder::text)
                    .map(String::strip)
                    .filter(i -> i.matches("[A-Z]{2}[A-Z0-9]{9}[0-9]"))
                    .distinct()
                    .toList();
            String country = text(c.get("country")).strip();
            out.add(new Indexed(
                    name,
                    text(c.get("symbol")).strip(),
                    List.copyOf(akas),
                    List.copyOf(listings.values()),
                    isins,
                    country.isEmpty() ? null : country));
        }
        return out;
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
