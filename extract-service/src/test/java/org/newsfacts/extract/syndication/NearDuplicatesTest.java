package org.newsfacts.extract.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private static final String STORY =
            "Acme will invest five billion dollars in cloud infrastructure over the next three years, "
                    + "the company said on Monday, as rivals race to build data centres across Asia and Europe. Chief executive "
                    + "Jane Roe said the money would go to new regions and to the chips that train large models.";
    private static final String OTHER =
            "Globex revenue rose twelve percent to ten billion dollars in the year to December, "
                    + "helped by strong demand for its software and a weaker dollar, the company reported on Thursday evening.";

    /** Stored articles as the repository would return them; what is saved is kept for the test to read. */
    private static final class Store extends NearDuplicateRepository {
        final List<Candidate> stored = new ArrayList<>();
        final List<Signed> saved = new ArrayList<>();

        Store() {
            super(null);
        }

        @Override
        public List<Candidate> candidates(List<Integer> bands, List<Long> buckets, Collection<String> except) {
            return List.copyOf(stored);
        }

        @Override
        public void updateSignatures(List<Signed> signed) {
            saved.addAll(signed);
        }

        @Override
        public void insertBands(List<Signed> signed) {
            // what is indexed is checked through Signed.buckets()
        }

        String linkOf(String id) {
            return saved.stream()
                    .filter(s -> s.id().equals(id))
                    .findFirst()
                    .orElseThrow()
                    .nearDuplicateOf();
        }
    }

    private final Store store = new Store();
    private final NearDuplicates nearDuplicates = new NearDuplicates(store);

    @Test
    void aCopyIsLinkedToTheEarliestSimilarOriginal() {
        store.stored.add(new NearDuplicateRepository.Candidate(
                "later", MinHash.signature(STORY + " Reporting by staff."), Instant.parse("2025-02-25T00:00:00Z")));
        store.stored.add(new NearDuplicateRepository.Candidate(
                "first", MinHash.signature(STORY), Instant.parse("2025-02-24T00:00:00Z")));
        int linked = nearDuplicates.signStored(
                List.of(new NearDuplicates.Text("new", "Via Example Wire. " + STORY, Instant.now())));
        assertEquals(1, linked);
        assertEquals("first", store.linkOf("new"));
        assertEquals(0, store.saved.get(0).buckets().length, "a copy is not indexed: only originals are compared with");
    }

    @Test
    void anArticleUnlikeAnyStoredOneIsAnOriginal() {
        store.stored.add(new NearDuplicateRepository.Candidate("first", MinHash.signature(STORY), Instant.EPOCH));
        assertEquals(0, nearDuplicates.signStored(List.of(new NearDuplicates.Text("other", OTHER, Instant.now()))));
        assertNull(store.linkOf("other"));
        assertEquals(MinHash.BANDS, store.saved.get(0).buckets().length, "an original is indexed by its bands");
    }

    @Test
    void articlesOfOneBatchSeeEachOtherInOrder() {
        List<NearDuplicateRepository.Signed> signed = nearDuplicates.sign(List.of(
                new NearDuplicates.Text("a", STORY, Instant.now()),
                new NearDuplicates.Text("b", STORY + " (Editing by the desk.)", Instant.now()),
                new NearDuplicates.Text("c", OTHER, Instant.now())));
        assertEquals(
                List.of("a", "b", "c"),
                signed.stream().map(NearDuplicateRepository.Signed::id).toList(),
                "in the batch's order");
        assertNull(signed.get(0).nearDuplicateOf());
        assertEquals("a", signed.get(1).nearDuplicateOf());
        assertNull(signed.get(2).nearDuplicateOf());
        assertTrue(store.saved.isEmpty(), "signing new articles writes nothing: they are stored with their signature");
    }
}
