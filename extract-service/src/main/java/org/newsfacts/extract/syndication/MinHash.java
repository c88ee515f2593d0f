package org.newsfacts.extract.syndication;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

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
    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    private MinHash() {
    }

    /** The MinHash signature of a text: {@value #HASHES} minima, one per hash function. */
    public static int[] signature(String body) {
        String[] words = Arrays.stream(body.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        int[] min = new int[HASHES];
        Arrays.fill(min, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.length - 2);
        for (int i = 0; i < shingles && words.length > 0; i++) {
            StringBuilder shingle = new StringBuilder(words[i]);
            for (int k = i + 1; k < Math.min(words.length, i + 3); k++) {
                shingle.append(' ').append(words[k]);
            }
            long h = hash(shingle.toString());
            for (int j = 0; j < HASHES; j++) {
                int v = (int) (mix(h ^ SEEDS[j]) >>> 33);
                if (v < min[j]) {
                    min[j] = v;
                }
            }
        }
        return min;
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

    /** 64-bit FNV-1a over the UTF-8 bytes, then mixed. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
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
