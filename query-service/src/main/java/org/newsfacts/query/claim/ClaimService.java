package org.newsfacts.query.claim;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfacts.model.FactType;
import org.newsfacts.query.claim.ClaimDtos.Claim;
import org.newsfacts.query.claim.ClaimDtos.Verdict;

/**
 * Claims about what was asked for: loads whole groups of facts (those at or above the lowest confidence
 * that counts, {@code newsfacts.claims.min-confidence}), reconciles them, keeps the claims asked about.
 */
@ApplicationScoped
@Startup // a setting outside 0–1 stops the start, rather than failing the first request for claims
public class ClaimService {

    private final ClaimRepository repository;
    private final double minConfidence;

    public ClaimService(ClaimRepository repository, ClaimConfig config) {
        this.repository = repository;
        this.minConfidence = config.minConfidence();
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalStateException(
                    "newsfacts.claims.min-confidence must be from 0 to 1, got " + minConfidence);
        }
    }

    /** The lowest confidence of a fact that counts in a claim: the setting, or {@code requested} where higher (null: none asked). */
    public double minConfidence(Double requested) {
        return requested == null ? minConfidence : Math.max(minConfidence, requested);
    }

    public List<Claim> claims(String type, Set<String> names, String metric, Verdict verdict, Double minConfidence) {
        List<ClaimFact> facts = repository.load(type, names, metric, minConfidence(minConfidence));
        Map<String, String> originals = repository.originals(
                facts.stream().map(ClaimFact::articleId).distinct().toList());
        List<Claim> claims = new Reconciler(originals::get).reconcile(facts);
        return claims.stream()
                .filter(c -> names == null
                        || names.contains(c.subject())
                        || (c.type() == FactType.ROLE
                                && c.sources().stream().anyMatch(s -> names.contains(s.stated()))))
                .filter(c -> verdict == null || c.verdict() == verdict)
                .toList();
    }
}
