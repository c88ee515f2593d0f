package org.newsfacts.engine.text;

/**
 * Relative clauses set off by commas (", which … ,", ", who … ,"): a name inside one is not the
 * sentence's subject ("Diageo, which is listed on the London Stock Exchange, reported …").
 */
public final class RelativeClauses {

    private RelativeClauses() {}

    /**
     * Whether {@code at} lies in a relative clause that opens at or after {@code from} and closes
     * with a comma before {@code pos}.
     */
    public static boolean encloses(String s, int from, int at, int pos) {
        int open = Math.max(s.lastIndexOf(", which ", at), s.lastIndexOf(", who ", at));
        if (open < from) {
            return false;
        }
        int close = s.indexOf(',', at);
        return close >= 0 && close < pos && s.lastIndexOf(',', at) == open;
    }
}
