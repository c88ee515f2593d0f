package org.newsfacts.query.claim;

import jakarta.enterprise.context.ApplicationScoped;
import org.newsfacts.query.claim.ClaimDtos.Claim;
import org.newsfacts.query.claim.ClaimDtos.Verdict;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Claims about what was asked for: loads whole groups of facts, reconciles them, keeps the claims asked about. */
@ApplicationScoped
public class ClaimService {

    private final ClaimRepository repository;

    public ClaimService(ClaimRepository repository) {
        this.repository = repository;
    }

    public List<Claim> claims(String type, Set<String> names, String metric, Verdict verdict) {
        List<ClaimFact> facts = repository.load(type, names, metric);
        Map<String, String> originals = repository.originals(facts.stream().map(ClaimFact::articleId).distinct().toList());
        List<Claim> claims = new Reconciler(originals::get).reconcile(facts);
        return claims.stream()
                .filter(c -> names == null || names.contains(c.subject()) || (c.type().equals("ROLE")
                        && c.sources().stream().anyMatch(s -> names.contains(s.stated()))))
                .filter(c -> verdict == null || c.verdict() == verdict)
                .toList();
    }
}
