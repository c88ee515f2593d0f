package org.newsfacts.engine;

/** Character offsets [start, end) into the article body. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    /**
     * The index of the item whose span holds {@code offset}, or -1: a binary search over items in text
     * order that do not overlap (sentences, clauses).
     */
    public static <T> int indexHolding(java.util.List<T> items, java.util.function.Function<T, Span> span, int offset) {
        int lo = 0;
        int hi = items.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = span.apply(items.get(mid));
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
