package org.newsfacts.query.claim;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsfacts.claims")
public interface ClaimConfig {

    /**
     * The lowest confidence (the probability that a fact is right, 0 to 1) of a fact that counts in a
     * claim: less likely facts neither join a claim nor make it a conflict. A request's
     * {@code minConfidence} above it raises it for that request. This default is the one place the
     * value is set.
     */
    @WithDefault("0.5")
    double minConfidence();
}
