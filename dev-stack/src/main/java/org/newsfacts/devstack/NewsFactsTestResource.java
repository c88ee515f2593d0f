package org.newsfacts.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a {@code @QuarkusTest} at the real Kafka and PostgreSQL of {@link TestInfrastructure}. */
public final class NewsFactsTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestInfrastructure.get().asQuarkusConfig();
    }

    @Override
    public void stop() {
        // The servers live as long as the test JVM: several test classes share them.
    }
}
