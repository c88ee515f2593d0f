import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open-model load generator: sends GET /api/facts?subject=… at a fixed rate whatever the answers'
 * speed (so slow answers cannot hide queueing), each latency measured from the request's scheduled
 * time. Localhost only.
 *
 * <pre>java bench/QueryLoad.java http://localhost:8080 500 30 "Company 1" "Company 2" …</pre>
 * Prints one JSON line: requests, errors, requestsPerSecond, p50Ms, p99Ms, maxMs.
 */
public final class QueryLoad {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!List.of("localhost", "127.0.0.1", "::1").contains(base.getHost())) {
            throw new IllegalArgumentException("load goes to localhost only, not " + base.getHost());
        }
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        List<String> subjects = Arrays.asList(args).subList(3, args.length);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        int total = rate * seconds;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        AtomicLong sent = new AtomicLong();
        clock.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            // Catch up on every send that is due, each timed from when it was due.
            while (sent.get() < total && start + sent.get() * periodNanos <= now) {
                long i = sent.getAndIncrement();
                long due = start + i * periodNanos;
                String subject = subjects.get((int) (i % subjects.size()));
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/facts?limit=20&subject="
                        + URLEncoder.encode(subject, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build();
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                    if (e != null || r.statusCode() != 200) {
                        if (errors.incrementAndGet() == 1) {
                            System.err.println("first error: " + (e != null ? e : "HTTP " + r.statusCode()));
                        }
                    }
                    latencies.add(System.nanoTime() - due);
                    done.countDown();
                });
            }
        }, 0, 200, TimeUnit.MICROSECONDS);
        done.await(seconds + 60L, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        clock.shutdownNow();
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        System.out.printf(Locale.ROOT, "{\"requests\": %d, \"errors\": %d, \"requestsPerSecond\": %.1f, \"p50Ms\": %.2f, \"p99Ms\": %.2f, \"maxMs\": %.2f}%n",
                sorted.size(), errors.get(), sorted.size() / (elapsed / 1e9), ms(sorted, 0.50), ms(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        System.exit(0);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
