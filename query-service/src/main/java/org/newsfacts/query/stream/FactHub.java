package org.newsfacts.query.stream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsfacts.query.fact.FactJson;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fans the facts just extracted out to every live subscriber. A subscriber that falls more than
 * {@value #BUFFER} facts behind is disconnected (its stream fails) rather than holding memory without bound.
 */
@ApplicationScoped
public class FactHub {

    /** Facts held for one slow subscriber. */
    static final int BUFFER = 1024;

    private final BroadcastProcessor<FactJson> processor = BroadcastProcessor.create();
    private final AtomicInteger subscribers = new AtomicInteger();

    /** Whether anyone listens: with nobody, events need not even be parsed. */
    boolean hasSubscribers() {
        return subscribers.get() > 0;
    }

    void publish(FactJson fact) {
        processor.onNext(fact);
    }

    /** The facts from now on, of {@code type} (null: any) about any of {@code subjects} (null: any). */
    /** Clients connected now. */
    public int clients() {
        return subscribers.get();
    }

    public Multi<FactJson> subscribe(String type, Set<String> subjects) {
        return processor
                .filter(f -> type == null || type.equals(f.type()))
                .filter(f -> subjects == null || (f.subject() != null && subjects.contains(f.subject())))
                .onOverflow().buffer(BUFFER)
                .onSubscription().invoke(subscription -> subscribers.incrementAndGet())
                .onTermination().invoke(subscribers::decrementAndGet);
    }
}
