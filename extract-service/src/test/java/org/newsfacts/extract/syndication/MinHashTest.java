package org.newsfacts.extract.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static String seed(String name) throws Exception {
        Path root = Path.of(System.getProperty("newsfacts.projectRoot", ".."))
                .toAbsolutePath()
                .normalize();
        return Files.readString(root.resolve("seeds").resolve(name));
    }

    @Test
    void aSyndicatedCopyIsNearItsOriginal() throws Exception {
        String original = seed("004_82dc4370d7324eed.txt");
        String copy = "Reuters via Example Wire\n\n" + original.replace("  ", " ") + "\n(Editing by the desk.)";
        assertTrue(
                MinHash.near(MinHash.signature(original), MinHash.signature(copy)),
                "similarity " + MinHash.similarity(MinHash.signature(original), MinHash.signature(copy)));
    }

    @Test
    void differentArticlesOnOneStoryAreNot() throws Exception {
        String[] seeds = {
            "000_e2e09670cd839584.txt",
            "001_3a68dfb4bb76162b.txt",
            "002_6ba9c327b071abd4.txt",
            "003_706e44fc94141234.txt",
            "004_82dc4370d7324eed.txt"
        };
        for (int i = 0; i < seeds.length; i++) {
            for (int j = i + 1; j < seeds.length; j++) {
                assertFalse(
                        MinHash.near(MinHash.signature(seed(seeds[i])), MinHash.signature(seed(seeds[j]))),
                        seeds[i] + " and " + seeds[j] + " are different articles");
            }
        }
    }

    @Test
    void aCopyShareABandWithItsOriginalAndOtherArticlesDoNot() throws Exception {
        String original = seed("004_82dc4370d7324eed.txt");
        long[] a = MinHash.bands(MinHash.signature(original));
        long[] copy = MinHash.bands(MinHash.signature("Via Example Wire\n\n" + original + "\n(Editing by the desk.)"));
        long[] other = MinHash.bands(MinHash.signature(seed("000_e2e09670cd839584.txt")));
        assertTrue(shared(a, copy) > 0);
        assertEquals(0, shared(a, other));
    }

    private static int shared(long[] a, long[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                n++;
            }
        }
        return n;
    }
}
