package org.newsfacts.extract.reextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorVersionsTest {

    @Test
    void partsCompareAsNumbersNotAsText() {
        assertTrue(older("1.9.2", "1.10.0"));
        assertTrue(older("0.9.0", "1.2.0"));
        assertFalse(older("1.2.0", "1.2.0"));
        assertFalse(older("2.0.0", "1.99.99"));
    }

    @Test
    void missingPartsAreZeroAndSuffixesAreIgnored() {
        assertEquals(0, ExtractorVersions.compare("1.2", "1.2.0"));
        assertEquals(0, ExtractorVersions.compare("1.3.0-SNAPSHOT", "1.3.0"));
        assertTrue(older("1.2.0-rc1", "1.2.1"));
    }

    @Test
    void aVersionWithoutNumbersIsTheOldest() {
        assertTrue(older("unknown", "0.0.1"));
        assertTrue(older("", "0.0.0"));
        assertTrue(older(null, "0.1"));
    }

    @Test
    void sortsAListOfStoredVersions() {
        List<String> versions = new ArrayList<>(List.of("1.10.0", "1.2.0", "1.1.0", "0.9", "1.2.1"));
        versions.sort(ExtractorVersions.ORDER);
        assertEquals(List.of("0.9", "1.1.0", "1.2.0", "1.2.1", "1.10.0"), versions);
    }

    private static boolean older(String version, String than) {
        return ExtractorVersions.compare(version, than) < 0;
    }
}
