package org.newsfacts.query.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.subscription.Cancellable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

class FactHubTest {

    @Test
    void aSubscriberWithALowestConfidenceGetsOnlyTheFactsAtOrAboveIt() {
        FactHub hub = new FactHub();
        List<String> likely = new CopyOnWriteArrayList<>();
        List<String> all = new CopyOnWriteArrayList<>();
        Cancellable a = hub.subscribe(null, null, 0.7, null)
                .subscribe()
                .with(e -> likely.add(e.fact().object()));
        Cancellable b = hub.subscribe(null, null, null, null)
                .subscribe()
                .with(e -> all.add(e.fact().object()));
        hub.publish(fact("low", 0.69));
        hub.publish(fact("at", 0.7));
        hub.publish(fact("high", 0.95));
        assertEquals(List.of("at", "high"), likely);
        assertEquals(List.of("low", "at", "high"), all);
        a.cancel();
        b.cancel();
    }

    @Test
    void theReplayAfterAReconnectionIsFilteredToo() {
        FactHub hub = new FactHub();
        List<FactHub.Event> first = new CopyOnWriteArrayList<>();
        Cancellable before = hub.subscribe(FactType.QUOTE, Set.of("Jane"), 0.5, null)
                .subscribe()
                .with(first::add);
        hub.publish(fact("seen", 0.9));
        before.cancel();
        hub.publish(fact("missed-low", 0.2));
        hub.publish(fact("missed-high", 0.6));
        List<String> again = new CopyOnWriteArrayList<>();
        Cancellable after = hub.subscribe(
                        FactType.QUOTE, Set.of("Jane"), 0.5, first.get(0).id())
                .subscribe()
                .with(e -> again.add(e.fact().object()));
        assertEquals(List.of("missed-high"), again);
        after.cancel();
    }

    private static Fact fact(String object, double confidence) {
        return new Fact(
                FactType.QUOTE,
                "Jane",
                EntityType.PERSON,
                object,
                EntityType.TOPIC,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "words",
                null,
                new Fact.Evidence("a".repeat(64), "a.txt", "A sentence.", 0, 11),
                confidence,
                "1.0.0",
                null,
                null,
                null);
    }
}
