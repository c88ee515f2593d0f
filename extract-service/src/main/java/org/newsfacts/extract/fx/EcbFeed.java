package org.newsfacts.extract.fx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/**
 * Reads the ECB's reference-rate files (eurofxref-daily.xml, eurofxref-hist-90d.xml, eurofxref-hist.xml):
 * a {@code gesmes:Envelope} whose {@code Cube} holds one {@code Cube time="YYYY-MM-DD"} per business day
 * with a {@code Cube currency="USD" rate="1.0466"} per currency, in units per euro. Strict: anything
 * else is refused whole with the reason — not XML (an HTML error page), malformed or cut-off XML, a
 * rate that is not a positive number, a day after {@code today}, a day or currency stated twice with
 * different values, a day without the dollar rate the cross needs.
 */
public final class EcbFeed {

    static final String GESMES = "http://www.gesmes.org/xml/2002-08-01";
    static final String EUROFXREF = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private EcbFeed() {}

    /** One business day's rates: units of each currency per euro. */
    public record Day(LocalDate day, Map<String, BigDecimal> perEur) {}

    public static List<Day> parse(byte[] bytes, LocalDate today) {
        if (bytes.length == 0) {
            throw new BadFeedException("the feed is empty (0 bytes)");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8)
                .strip()
                .replace("\uFEFF", "")
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")) {
            throw new BadFeedException(
                    "the feed is an HTML page, not the ECB's XML (an error page or a login portal?)");
        }
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new BadFeedException("the feed is not well-formed XML (cut off, or not XML): " + e.getMessage()
                    + " at line " + e.getLineNumber() + ", column " + e.getColumnNumber());
        } catch (org.xml.sax.SAXException | IOException e) {
            throw new BadFeedException("the feed is not well-formed XML: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        if (!"Envelope".equals(root.getLocalName()) || !GESMES.equals(root.getNamespaceURI())) {
            throw new BadFeedException("the feed is XML but not the ECB's: its root is <" + root.getTagName()
                    + ">, expected gesmes:Envelope (" + GESMES + ")");
        }
        Element outer = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "Cube".equals(e.getLocalName()) && EUROFXREF.equals(e.getNamespaceURI())) {
                outer = e;
            }
        }
        if (outer == null) {
            throw new BadFeedException("the feed has no <Cube> of rates (" + EUROFXREF + ")");
        }
        Map<LocalDate, Map<String, BigDecimal>> days = new LinkedHashMap<>();
        for (Element dayCube : cubes(outer)) {
            LocalDate day;
            try {
                day = LocalDate.parse(dayCube.getAttribute("time"));
            } catch (DateTimeParseException e) {
                throw new BadFeedException(
                        "a day's <Cube time=\"" + dayCube.getAttribute("time") + "\"> is not a date (YYYY-MM-DD)");
            }
            if (day.isAfter(today)) {
                throw new BadFeedException("the feed has rates for " + day + ", a day after today (" + today + ")");
            }
            Map<String, BigDecimal> rates = new LinkedHashMap<>();
            for (Element c : cubes(dayCube)) {
                String currency = c.getAttribute("currency");
                if (!CURRENCY.matcher(currency).matches()) {
                    throw new BadFeedException(
                            day + ": '" + currency + "' is not a currency code (three capital letters)");
                }
                BigDecimal rate;
                try {
                    rate = new BigDecimal(c.getAttribute("rate").strip());
                } catch (NumberFormatException e) {
                    throw new BadFeedException(
                            day + " " + currency + ": the rate '" + c.getAttribute("rate") + "' is not a number");
                }
                if (rate.signum() <= 0) {
                    throw new BadFeedException(
                            day + " " + currency + ": the rate " + rate.toPlainString() + " is not positive");
                }
                BigDecimal before = rates.put(currency, rate);
                if (before != null && before.compareTo(rate) != 0) {
                    throw new BadFeedException(day + " " + currency + " is stated twice, as " + before.toPlainString()
                            + " and " + rate.toPlainString());
                }
            }
            if (!rates.containsKey("USD")) {
                throw new BadFeedException(day + " has no USD rate (every rate is crossed to the dollar through it)");
            }
            Map<String, BigDecimal> earlier = days.put(day, rates);
            if (earlier != null && !sameRates(earlier, rates)) {
                throw new BadFeedException(day + " is stated twice in the feed with different rates");
            }
        }
        if (days.isEmpty()) {
            throw new BadFeedException("the feed holds no day of rates");
        }
        List<Day> out = new ArrayList<>();
        days.forEach((d, r) -> out.add(new Day(d, Map.copyOf(r))));
        out.sort((a, b) -> a.day().compareTo(b.day()));
        return out;
    }

    private static boolean sameRates(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.keySet().equals(b.keySet())
                && a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    private static List<Element> cubes(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "Cube".equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Namespace-aware, no DTDs or external entities (a feed is untrusted input), errors thrown rather than printed. */
    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
