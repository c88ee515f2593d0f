package org.newsfacts.engine.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Stage;

/**
 * Links the article's organisations to company-register entries ({@link Layers#LINKS}), only where the
 * match is unambiguous:
 * <ul>
 *   <li>by name: the key ({@link CompanyNames#key}) of the organisation's canonical name (else of its
 *       longest written form) is looked up among the register's names and other names; the
 *       organisation links when it points at exactly one entry and no other written form points
 *       elsewhere (see {@link #byName});</li>
 *   <li>by a ticker the article gives right after the name, as wires write it: "Acme Corp (ACME.N)",
 *       "(ACME.O)", "(NYSE: ACME)", "(Nasdaq: ACME)", "(LSE: ACM)"; the ticker must name one entry on
 *       that exchange, and one that the name does not contradict (a name that points at exactly one
 *       other entry leaves the organisation unlinked). A ticker settles a name that several entries share.</li>
 * </ul>
 * Two candidate entries, or a name and a ticker that disagree: not linked. A name alone that points at
 * one entry is still not linked when the article says it is another company of that name: a brand
 * or unit of another organisation, a company of another country, or a bare word and a registrant of
 * no known country ({@link Homonyms}).
 */
public final class EntityLinker implements Stage {

    /** Exchange names as wires write them before a ticker → the register's exchange codes they may mean. */
    private static final Map<String, Set<String>> EXCHANGES = Map.ofEntries(
            Map.entry("NYSE", Set.of("NYSE", "US")),
            Map.entry("NYSE AMERICAN", Set.of("NYSE", "US")),
            Map.entry("AMEX", Set.of("NYSE", "US")),
            Map.entry("NASDAQ", Set.of("NASDAQ", "US")),
            Map.entry("OTC", Set.of("OTCMKTS", "US")),
            Map.entry("OTCQX", Set.of("OTCMKTS", "US")),
            Map.entry("OTCMKTS", Set.of("OTCMKTS", "US")),
            Map.entry("LSE", Set.of("LON")),
            Map.entry("LON", Set.of("LON")),
            Map.entry("FRA", Set.of("FRA")),
            Map.entry("XETRA", Set.of("FRA")),
            Map.entry("ETR", Set.of("FRA")),
            Map.entry("BME", Set.of("BME")),
            Map.entry("AMS", Set.of("AMS")),
            Map.entry("STO", Set.of("STO")),
            Map.entry("MOEX", Set.of("MCX")),
            Map.entry("MCX", Set.of("MCX")));
    /** Reuters instrument code suffixes → the register's exchange codes. */
    private static final Map<String, Set<String>> RIC_SUFFIXES = Map.ofEntries(
            Map.entry("N", Set.of("NYSE", "US")),
            Map.entry("K", Set.of("NYSE", "US")),
            Map.entry("A", Set.of("NYSE", "US")),
            Map.entry("O", Set.of("NASDAQ", "US")),
            Map.entry("OQ", Set.of("NASDAQ", "US")),
            Map.entry("L", Set.of("LON")),
            Map.entry("DE", Set.of("FRA")),
            Map.entry("F", Set.of("FRA")),
            Map.entry("MC", Set.of("BME")),
            Map.entry("AS", Set.of("AMS")),
            Map.entry("ST", Set.of("STO")),
            Map.entry("MM", Set.of("MCX")));
    /** A parenthesis right after a name ("Acme's" allowed), holding tickers. */
    private static final Pattern PAREN = Pattern.compile("\\G(?:['’]s)?\\s{0,2}\\(([^()\\n]{1,60})\\)");

    private static final Pattern EXCHANGE_TICKER = Pattern.compile(
            "(?i:(NYSE American|NYSE|Nasdaq(?: ?[GC]S| GM)?|AMEX|OTCQX|OTCMKTS|OTC|LSE|LON|FRA|Xetra|ETR|BME|AMS|STO|MOEX|MCX))"
                    + "\\s*:\\s*([A-Z0-9][A-Za-z0-9\\-]{0,9}(?:\\.[A-Z])?)\\b");
    private static final Pattern RIC = Pattern.compile("(?<![\\w.])([A-Z0-9]{1,6})\\.([A-Z]{1,2})(?![\\w.])");

    private final CompanyRegister register;

    public EntityLinker() {
        this(CompanyRegister.shipped());
    }

    public EntityLinker(CompanyRegister register) {
        this.register = register;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.LINKS);
    }

    @Override
    public void process(Document document) {
        document.put(Layers.LINKS, link(document.text(), document.get(Layers.ENTITIES)));
    }

    /** The unambiguous links of the organisations among {@code entities}, by canonical name. */
    public Map<String, RegisterEntry> link(String text, List<Mention> entities) {
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        Map<String, List<Mention>> mentions = new HashMap<>();
        Map<String, Set<RegisterEntry>> byTicker = new HashMap<>();
        for (Mention m : entities) {
            if (m.kind() != Mention.Kind.ORG || m.reference() || m.canonical() == null) {
                continue;
            }
            forms.computeIfAbsent(m.canonical(), c -> new LinkedHashSet<>()).add(m.text());
            mentions.computeIfAbsent(m.canonical(), c -> new ArrayList<>()).add(m);
            List<RegisterEntry> ticked = tickerAfter(text, m.span().end());
            if (ticked != null) {
                byTicker.computeIfAbsent(m.canonical(), c -> new LinkedHashSet<>())
                        .addAll(ticked);
            }
        }
        Map<String, RegisterEntry> links = new LinkedHashMap<>();
        forms.forEach((canonical, written) -> {
            Set<RegisterEntry> byName = byName(text, canonical, written);
            Set<RegisterEntry> ticked = byTicker.get(canonical);
            RegisterEntry link = null;
            if (ticked != null) {
                if (ticked.size() == 1) {
                    RegisterEntry t = ticked.iterator().next();
                    if (byName.isEmpty() || byName.contains(t)) {
                        link = t;
                    }
                }
            } else if (byName.size() == 1) {
                link = byName.iterator().next();
                if (Homonyms.doubt(text, mentions.get(canonical), lookedUp(text, written), link) != null) {
                    link = null;
                }
            }
            if (link != null) {
                links.put(canonical, link);
            }
        });
        return links;
    }

    /**
     * The entries an organisation's names point at. The canonical name decides; when the register
     * does not know it, the longest written form does ("Acme Cloud Services", written "Acme" once,
     * is not Acme). The other forms must agree: one that points only at other entries adds them (so
     * the result is ambiguous). A form the article defines as an abbreviation, "(ACS)" right after a
     * name, is the article's own short name and is not looked up.
     */
    private Set<RegisterEntry> byName(String text, String canonical, Set<String> written) {
        List<String> keys = new ArrayList<>();
        for (String name : lookedUp(text, written)) {
            keys.add(CompanyNames.key(name));
        }
        String main = text.contains("(" + canonical + ")") ? "" : CompanyNames.key(canonical);
        if (register.byKey(main).isEmpty()) {
            main = keys.stream()
                    .max(java.util.Comparator.comparingInt((String k) -> k.split(" ").length)
                            .thenComparingInt(String::length))
                    .orElse("");
        }
        Set<RegisterEntry> found = new LinkedHashSet<>(register.byKey(main));
        if (found.isEmpty()) {
            return found;
        }
        for (String k : keys) {
            List<RegisterEntry> other = register.byKey(k);
            if (!other.isEmpty() && other.stream().noneMatch(found::contains)) {
                found.addAll(other);
            }
        }
        return found;
    }

    /** The written forms that are looked up: not one the article defines as an abbreviation, "(ACS)" right after a name. */
    private static Set<String> lookedUp(String text, Set<String> written) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : written) {
            if (!text.contains("(" + name + ")")) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * The entries the tickers in a parenthesis right after {@code end} name ("(ACME.N)", "(NYSE: ACME)"),
     * all of them; null when there is no such parenthesis or no ticker the register knows in it.
     */
    List<RegisterEntry> tickerAfter(String text, int end) {
        Matcher p = PAREN.matcher(text);
        // only at end (\G): lookingAt() in a region from end, not find(end), which tries every later place in vain
        if (end > text.length() || !p.region(end, text.length()).lookingAt()) {
            return null;
        }
        String inside = p.group(1);
        List<RegisterEntry> found = new ArrayList<>();
        boolean any = false;
        Matcher et = EXCHANGE_TICKER.matcher(inside);
        while (et.find()) {
            String exchange = et.group(1).toUpperCase(java.util.Locale.ROOT).replaceFirst("^NASDAQ.*", "NASDAQ");
            Set<String> codes = EXCHANGES.get(exchange);
            if (codes != null) {
                any = true;
                found.addAll(register.byTicker(et.group(2), codes));
            }
        }
        Matcher ric = RIC.matcher(inside);
        while (ric.find()) {
            Set<String> codes = RIC_SUFFIXES.get(ric.group(2));
            if (codes != null) {
                any = true;
                found.addAll(register.byTicker(ric.group(1), codes));
            }
        }
        return any && !found.isEmpty() ? found.stream().distinct().toList() : null;
    }
}
