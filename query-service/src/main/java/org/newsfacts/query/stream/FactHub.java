package org.newsfacts.query.stream;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Fans the facts just extracted out to every live subscriber, each as an event with an id, and keeps
 * the latest {@value #REPLAY} so that a client that reconnects with the id of the last event it got
 * ({@code Last-Event-ID}) receives what it missed, as the SSE specification intends. Ids are
 * {@code <instance>-<number>}: numbers count the facts this instance published since it started, and
 * an id of another instance (or of an earlier run) cannot be placed, so it replays nothing. Facts are
 * kept while someone listens and for {@value #KEEP_MINUTES} minutes after the last client left (time
 * to reconnect); with nobody listening for longer, they are not even read. A subscriber that falls more
 * than {@value #BUFFER} facts behind is disconnected (its stream fails) rather than holding memory
 * without bound.
 */
@ApplicationScoped
public class FactHub {

    /** Facts held for one slow subscriber. */
    static final int BUFFER = 1024;
    /** Facts kept for clients that reconnect. */
    static final int REPLAY = 10_000;

    static final long KEEP_MINUTES = 5;
    private static final Pattern ID = Pattern.compile("([0-9a-z]+)-([0-9]{1,18})");

    /** One fact on the stream, with its event id. */
    public record Event(String id, Fact fact) {}

    private record Numbered(long number, Fact fact) {}

    /** A client: its filter and where its events go. */
    private record Listener(
            Predicate<Fact> wanted, io.smallrye.mutiny.subscription.MultiEmitter<? super Event> emitter) {}

    private final String instance = Long.toString(System.currentTimeMillis(), 36);
    private final ArrayDeque<Numbered> recent = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private long published; // guarded by this
    private volatile long lastLeftNanos;
    private volatile boolean anyoneLeft;

    /** Whether facts need reading: a client listens, or one left lately and may reconnect. */
    boolean wantsFacts() {
        return !listeners.isEmpty()
                || (anyoneLeft && System.nanoTime() - lastLeftNanos < TimeUnit.MINUTES.toNanos(KEEP_MINUTES));
    }

    /** Clients connected now. */
    public int clients() {
        return listeners.size();
    }

    synchronized void publish(Fact fact) {
        Numbered n = new Numbered(++published, fact);
        recent.addLast(n);
        if (recent.size() > REPLAY) {
            recent.removeFirst();
        }
        for (Listener l : listeners) {
            offer(l, n);
        }
    }

    /**
     * The facts from now on, of {@code type} (null: any) about any of {@code subjects} (null: any), of
     * confidence {@code minConfidence} or more (null: any); with {@code lastEventId} (an id this
     * instance gave), first the kept facts published after it (of those, the ones wanted).
     */
    public Multi<Event> subscribe(FactType type, Set<String> subjects, Double minConfidence, String lastEventId) {
        Predicate<Fact> wanted = f -> (type == null || type == f.type())
                && (subjects == null || (f.subject() != null && subjects.contains(f.subject())))
                && (minConfidence == null || f.confidence() >= minConfidence);
        long after = replayAfter(lastEventId);
        return Multi.createFrom()
                .<Event>emitter(emitter -> {
                    Listener listener = new Listener(wanted, emitter);
                    emitter.onTermination(() -> {
                        listeners.remove(listener);
                        lastLeftNanos = System.nanoTime();
                        anyoneLeft = true;
                    });
                    synchronized (this) { // nothing is published between the replay and the joining
                        if (after >= 0) {
                            for (Numbered n : recent) {
                                if (n.number() > after) {
                                    offer(listener, n);
                                }
                            }
                        }
                        listeners.add(listener);
                    }
                })
                .onOverflow()
                .buffer(BUFFER);
    }

    /** The number after which to replay, or -1 for none (no id, or one this instance cannot place). */
    long replayAfter(String lastEventId) {
        if (lastEventId == null) {
            return -1;
        }
        Matcher m = ID.matcher(lastEventId.strip());
        return m.matches() && m.group(1).equals(instance) ? Long.parseLong(m.group(2)) : -1;
    }

    private void offer(Listener listener, Numbered n) {
        if (listener.wanted().test(n.fact())) {
            listener.emitter().emit(new Event(instance + "-" + n.number(), n.fact()));
        }
    }
}
