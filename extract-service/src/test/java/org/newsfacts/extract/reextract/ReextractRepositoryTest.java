package org.newsfacts.extract.reextract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReextractRepositoryTest {

    @Test
    void olderVersionsAreDueAndNewerOnesAreLeftAlone() {
        ReextractRepository.Due due =
                ReextractRepository.due("1.4.0", List.of("1.10.0", "1.2.0", "1.4.0", "1.3.9", "1.4.0-SNAPSHOT"), null);
        assertEquals(List.of("1.2.0", "1.3.9"), due.older());
        assertEquals(
                List.of("1.4.0", "1.4.0-SNAPSHOT"),
                due.current(),
                "the same version: due only after a request for all");
        assertEquals(
                ReextractRepository.Position.START.ingestedAt(),
                due.allRequestedAt(),
                "no request: nothing current is due");
    }

    @Test
    void aRequestForAllMakesTheCurrentVersionsArticlesDueFromItsTime() {
        Instant asked = Instant.parse("2026-03-01T10:00:00Z");
        ReextractRepository.Due due = ReextractRepository.due("2.0.0", List.of("2.0.0"), asked);
        assertEquals(List.of(), due.older());
        assertEquals(List.of("2.0.0"), due.current());
        assertEquals(asked, due.allRequestedAt());
    }
}
