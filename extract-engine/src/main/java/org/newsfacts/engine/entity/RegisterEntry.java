package org.newsfacts.engine.entity;

import java.util.List;
import org.newsfacts.model.Fact.RegisterIds;

/**
 * One company of the register: its canonical name, other names it goes by, its listings (ticker
 * and exchange each), ISINs, SEC CIK and country. Every field but the name may be empty.
 *
 * @param name     the register's canonical name ("Adidas", "Alibaba Group Holding Ltd")
 * @param akas     other names (legal names, former names)
 * @param listings ticker and exchange per listing, the primary one first
 * @param isins    ISINs, the primary one first
 * @param cik      the SEC Central Index Key without leading zeros, or null
 * @param country  English country name, or null
 */
public record RegisterEntry(
        String name, List<String> akas, List<Listing> listings, List<String> isins, String cik, String country) {

    public RegisterEntry {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a register entry needs a name");
        }
        akas = List.copyOf(akas);
        listings = List.copyOf(listings);
        isins = List.copyOf(isins);
    }

    /** A ticker on an exchange; {@code US} is a US market the SEC's list does not name (NYSE, Nasdaq or OTC). */
    public record Listing(String exchange, String ticker) {

        /** "NYSE:BABA" → NYSE, BABA. */
        public static Listing parse(String text) {
            int colon = text.indexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                throw new IllegalArgumentException("a listing is EXCHANGE:TICKER, not '" + text + "'");
            }
            return new Listing(
                    text.substring(0, colon).strip(), text.substring(colon + 1).strip());
        }

        @Override
        public String toString() {
            return exchange + ":" + ticker;
        }
    }

    /** The identifiers a fact about this company carries: the primary listing, ISIN, CIK and the canonical name. */
    public RegisterIds identifiers() {
        Listing primary = listings.isEmpty() ? null : listings.get(0);
        return new RegisterIds(
                name,
                primary == null ? null : primary.ticker(),
                primary == null ? null : primary.exchange(),
                isins.isEmpty() ? null : isins.get(0),
                cik);
    }
}
