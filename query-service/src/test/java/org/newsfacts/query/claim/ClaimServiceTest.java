package org.newsfacts.query.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClaimServiceTest {

    @Test
    void aRequestCanRaiseTheLowestConfidenceThatCountsButNotLowerIt() {
        ClaimService claims = new ClaimService(null, () -> 0.5);
        assertEquals(0.5, claims.minConfidence(null));
        assertEquals(0.5, claims.minConfidence(0.2), "below the setting, the setting applies");
        assertEquals(0.8, claims.minConfidence(0.8));
        assertEquals(1.0, claims.minConfidence(1.0));
    }

    @Test
    void aSettingOutsideZeroToOneStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> new ClaimService(null, () -> 1.5));
        assertThrows(IllegalStateException.class, () -> new ClaimService(null, () -> Double.NaN));
    }
}
