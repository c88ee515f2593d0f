package org.newsfacts.extract.reextract;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders extractor versions the way they were released: numerically, part by part ("1.10.0" after
 * "1.9.2", "1.2" equal to "1.2.0"); a suffix such as "-SNAPSHOT" is ignored, and a version without a
 * leading number counts as the oldest of all.
 */
public final class ExtractorVersions {

    public static final Comparator<String> ORDER = ExtractorVersions::compare;
    private static final Pattern NUMBERS = Pattern.compile("^\\d+(?:\\.\\d+)*");

    private ExtractorVersions() {}

    public static int compare(String a, String b) {
        long[] x = parts(a);
        long[] y = parts(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long[] parts(String version) {
        Matcher m = NUMBERS.matcher(version == null ? "" : version.strip());
        if (!m.find()) {
            return new long[] {-1};
        }
        String[] parts = m.group().split("\\.");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parts[i].length() > 18 ? Long.MAX_VALUE : Long.parseLong(parts[i]);
        }
        return out;
    }
}
