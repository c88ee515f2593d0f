package org.newsfacts.extract.syndication;

import java.util.Arrays;

/**
 * Syndicated copies of one story (the same text with another headline, byline or an added line) are
 * one source, not several. Each article gets a MinHash signature over its word 3-shingles; two
 * articles are near duplicates when the signatures estimate a Jaccard similarity of at least
 * {@value #THRESHOLD} (different articles on one story score well under 0.2). The signature's
 * {@link #bands} find the candidates among stored articles without comparing against all of them.
 */
public final class MinHash {

    public static final double THRESHOLD = 0.7;
    public static final int HASHES = 64;
    /** Locality-sensitive hashing: 16 bands of 4 minima; texts at similarity 0.7 share a band with p ≈ 0.99. */
    public static final int BANDS = 16;

    private static final int ROWS = HASHES / BANDS;

    private MinHash() {}

    /**
     * The MinHash signature of a text: {@value #HASHES} minima, one per hash function. Words are the
     * runs of letters and digits, lower-cased; a shingle is three words in a row. Each shingle is
     * hashed once, and the {@value #HASHES} functions are derived from that hash by double hashing
     * (h1 + j·h2, then a one-multiply finalizer): a few operations per function instead of a full mix,
     * and no string per word or shingle.
     */
    public static int[] signature(String body) {
        long[] words = wordHashes(body);
        int n = words.length;
        int[] min = new int[HASHES];
        Arrays.fill(min, Integer.MAX_VALUE);
        int shingles = Math.max(1, n - 2);
        for (int i = 0; i < shingles && n > 0; i++) {
            long h = words[i];
            for (int k = i + 1; k < Math.min(n, i + 3); k++) {
                h = mix(h * 31 + words[k]);
            }
            long v = mix(h);
            long step = mix(h ^ 0x9E3779B97F4A7C15L) | 1;
            for (int j = 0; j < HASHES; j++) {
                long z = (v ^ (v >>> 31)) * 0xBF58476D1CE4E5B9L;
                int x = (int) (z >>> 33);
                if (x < min[j]) {
                    min[j] = x;
                }
                v += step;
            }
        }
        return min;
    }

    /** One 64-bit FNV-1a hash per word (a run of letters and digits, lower-cased), in order. */
    static long[] wordHashes(String text) {
        long[] out = new long[Math.max(16, text.length() / 5)];
        int count = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    h = 0xcbf29ce484222325L;
                    inWord = true;
                }
                h ^= Character.toLowerCase(c);
                h *= 0x100000001b3L;
            } else if (inWord) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = h;
                inWord = false;
            }
        }
        if (inWord) {
            if (count == out.length) {
                out = Arrays.copyOf(out, count + 1);
            }
            out[count++] = h;
        }
        return Arrays.copyOf(out, count);
    }

    /** The share of equal minima: an estimate of the Jaccard similarity of the two shingle sets. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    public static boolean near(int[] a, int[] b) {
        return similarity(a, b) >= THRESHOLD;
    }

    /** One bucket per band: texts that share a bucket in any band are candidates to compare. */
    public static long[] bands(int[] signature) {
        long[] buckets = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + signature[b * ROWS + r]);
            }
            buckets[b] = h;
        }
        return buckets;
    }

    /** MurmurHash3's 64-bit finalizer. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
