package org.newsfacts.query.claim;

import jakarta.enterprise.context.ApplicationScoped;
import org.newsfacts.query.claim.ClaimDtos.Claim;
import org.newsfacts.query.claim.ClaimDtos.Verdict;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Claims about what was asked for: loads whole groups of facts, reconciles them, keeps the claims asked about. */
@ApplicationScoped
public class ClaimService {

    /** Fingerprints kept in memory (an article's body never changes: its id is the body's hash). */
    private static final int MAX_FINGERPRINTS = 200_000;

    private final ClaimRepository repository;
    private final Map<String, Long> fingerprints = new ConcurrentHashMap<>();

    public ClaimService(ClaimRepository repository) {
        this.repository = repository;
    }

    public List<Claim> claims(String type, Set<String> names, String metric, Verdict verdict) {
        List<ClaimFact> facts = repository.load(type, names, metric);
        fingerprintArticles(facts.stream().map(ClaimFact::articleId).distinct().toList());
        List<Claim> claims = new Reconciler(fingerprints::get).reconcile(facts);
        return claims.stream()
                .filter(c -> names == null || names.contains(c.subject()) || (c.type().equals("ROLE")
                        && c.sources().stream().anyMatch(s -> names.contains(s.stated()))))
                .filter(c -> verdict == null || c.verdict() == verdict)
                .toList();
    }

    private void fingerprintArticles(List<String> articleIds) {
        List<String> missing = articleIds.stream().filter(id -> !fingerprints.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (fingerprints.size() + missing.size() > MAX_FINGERPRINTS) {
            fingerprints.clear();
        }
        for (int from = 0; from < missing.size(); from += 500) {
            repository.bodies(missing.subList(from, Math.min(missing.size(), from + 500)))
                    .forEach((id, body) -> fingerprints.put(id, NearDuplicates.fingerprint(body)));
        }
    }
}
