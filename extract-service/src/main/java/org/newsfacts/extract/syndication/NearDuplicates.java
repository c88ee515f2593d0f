package org.newsfacts.extract.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Links each newly stored article that is a near duplicate ({@link MinHash}) of an original stored
 * before it to that original (the earliest-ingested similar one). Copies are stored and extracted like
 * any article; the link is what makes them one source. Only originals are indexed by band and
 * compared with: a story copied ten thousand times stays one candidate, not ten thousand. Runs in
 * the caller's transaction; articles of one batch see each other in order. (Two copies stored at the
 * same moment by two consumers do not see each other.)
 */
@ApplicationScoped
public class NearDuplicates {

    /** A new article: its id, text and arrival. */
    public record Text(String id, String body, Instant ingestedAt) {}

    private static final Logger LOG = Logger.getLogger(NearDuplicates.class);

    private final NearDuplicateRepository repository;

    public NearDuplicates(NearDuplicateRepository repository) {
        this.repository = repository;
    }

    /**
     * Signs new articles and finds the original each copies (null for an original); writes nothing.
     * The caller stores signature and link with the article and then {@link #index}es the batch.
     */
    public List<NearDuplicateRepository.Signed> sign(List<Text> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<int[]> signatures = new ArrayList<>(articles.size());
        List<long[]> buckets = new ArrayList<>(articles.size());
        List<Integer> bandList = new ArrayList<>();
        List<Long> bucketList = new ArrayList<>();
        for (Text t : articles) {
            int[] signature = MinHash.signature(t.body());
            long[] b = MinHash.bands(signature);
            signatures.add(signature);
            buckets.add(b);
            for (int band = 0; band < b.length; band++) {
                bandList.add(band);
                bucketList.add(b[band]);
            }
        }
        List<NearDuplicateRepository.Candidate> known = new ArrayList<>(repository.candidates(
                bandList, bucketList, articles.stream().map(Text::id).toList()));
        known.sort(Comparator.comparing(NearDuplicateRepository.Candidate::ingestedAt)
                .thenComparing(NearDuplicateRepository.Candidate::id));
        List<NearDuplicateRepository.Signed> signed = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Text t = articles.get(i);
            int[] signature = signatures.get(i);
            String original = known.stream()
                    .filter(c -> MinHash.near(c.signature(), signature))
                    .map(NearDuplicateRepository.Candidate::id)
                    .findFirst()
                    .orElse(null);
            if (original != null) {
                LOG.infof("article %s is a near duplicate of %s (linked, not dropped)", t.id(), original);
            }
            signed.add(new NearDuplicateRepository.Signed(
                    t.id(), signature, original == null ? buckets.get(i) : new long[0], original));
            if (original == null) {
                known.add(new NearDuplicateRepository.Candidate(t.id(), signature, t.ingestedAt()));
            }
        }
        return signed;
    }

    /** Indexes the originals among articles stored with their signatures, so that later copies find them. */
    public void index(List<NearDuplicateRepository.Signed> signed) {
        repository.insertBands(signed);
    }

    /** For articles stored without a signature: signs, links and indexes them; returns how many were linked. */
    public int signStored(List<Text> articles) {
        List<NearDuplicateRepository.Signed> signed = sign(articles);
        repository.updateSignatures(signed);
        repository.insertBands(signed);
        return (int) signed.stream().filter(s -> s.nearDuplicateOf() != null).count();
    }
}
