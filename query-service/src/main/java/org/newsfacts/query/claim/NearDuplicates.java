package org.newsfacts.query.claim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Syndicated copies of one story (the same text with another headline, byline or a trimmed
 * paragraph) are one source, not several: a 64-bit SimHash over word 3-shingles, and two articles are
 * near duplicates when their fingerprints differ in at most {@value #MAX_DISTANCE} bits.
 */
public final class NearDuplicates {

    static final int MAX_DISTANCE = 3;

    private NearDuplicates() {
    }

    public static long fingerprint(String body) {
        List<String> words = new ArrayList<>();
        for (String w : body.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        int[] weights = new int[64];
        for (int i = 0; i + 2 < words.size(); i++) {
            long h = hash(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    public static boolean near(long a, long b) {
        return Long.bitCount(a ^ b) <= MAX_DISTANCE;
    }

    /** 64-bit FNV-1a over the UTF-8 bytes. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        // FNV's low bits mix poorly for short inputs; a final avalanche (MurmurHash3's fmix64) spreads them.
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
