package org.newsfacts.query.entity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.newsfacts.query.api.BadParameterException;

/**
 * A company identifier a request looks entities or facts up by: a ticker, an ISIN or an SEC CIK, as
 * the company register gives them (docs/register.md). A malformed value is a 400 that says what was expected.
 */
public record Identifier(Scheme scheme, String value) {

    /** The kinds of identifier, as stored in {@code entity_identifier.scheme}. */
    public enum Scheme {
        TICKER,
        ISIN,
        CIK
    }

    private static final Pattern TICKER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,11}");
    private static final Pattern ISIN = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");
    private static final Pattern CIK = Pattern.compile("[0-9]{1,10}");

    /**
     * The one identifier among the given parameters (each null when absent), or null when none is given.
     *
     * @throws BadParameterException when one is malformed or more than one is given
     */
    public static Identifier of(
            String tickerParam, String ticker, String isinParam, String isin, String cikParam, String cik) {
        int given = (ticker != null ? 1 : 0) + (isin != null ? 1 : 0) + (cik != null ? 1 : 0);
        if (given > 1) {
            throw new BadParameterException(
                    ticker != null ? tickerParam : isinParam,
                    null,
                    "cannot be combined with another identifier: " + "give one of '" + tickerParam + "', '" + isinParam
                            + "' and '" + cikParam + "'");
        }
        if (ticker != null) {
            if (!TICKER.matcher(ticker).matches()) {
                throw new BadParameterException(
                        tickerParam, ticker, "must be a ticker: 1-12 letters, digits, '.' or '-' (BABA, BRK-B)");
            }
            return new Identifier(Scheme.TICKER, ticker.toUpperCase(Locale.ROOT));
        }
        if (isin != null) {
            String upper = isin.strip().toUpperCase(Locale.ROOT);
            if (!ISIN.matcher(upper).matches()) {
                throw new BadParameterException(
                        isinParam,
                        isin,
                        "must be an ISIN: two letters, nine letters or digits, a check digit (US0378331005)");
            }
            return new Identifier(Scheme.ISIN, upper);
        }
        if (cik != null) {
            if (!CIK.matcher(cik).matches()) {
                throw new BadParameterException(
                        cikParam, cik, "must be an SEC CIK: 1-10 digits (1577552 or 0001577552)");
            }
            return new Identifier(Scheme.CIK, cik.replaceFirst("^0+(?=.)", ""));
        }
        return null;
    }
}
