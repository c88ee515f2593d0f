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

    /** Signatures kept in memory, 256 bytes each (an article's body never changes: its id is the body's hash). */
    private static final int MAX_SIGNATURES = 100_000;

    private final ClaimRepository repository;
    private final Map<String, int[]> signatures = new ConcurrentHashMap<>();

    public ClaimService(ClaimRepository repository) {
        this.repository = repository;
    }

    public List<Claim> claims(String type, Set<String> names, String metric, Verdict verdict) {
        List<ClaimFact> facts = repository.load(type, names, metric);
        signArticles(facts.stream().map(ClaimFact::articleId).distinct().toList());
        List<Claim> claims = new Reconciler(signatures::get).reconcile(facts);
        return claims.stream()
                .filter(c -> names == null || names.contains(c.subject()) || (c.type().equals("ROLE")
                        && c.sources().stream().anyMatch(s -> names.contains(s.stated()))))
                .filter(c -> verdict == null || c.verdict() == verdict)
                .toList();
    }

    private void signArticles(List<String> articleIds) {
        List<String> missing = articleIds.stream().filter(id -> !signatures.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (signatures.size() + missing.size() > MAX_SIGNATURES) {
            signatures.clear();
        }
        for (int from = 0; from < missing.size(); from += 500) {
            repository.bodies(missing.subList(from, Math.min(missing.size(), from + 500)))
                    .forEach((id, body) -> signatures.put(id, NearDuplicates.signature(body)));
        }
    }
}
