package org.newsfacts.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.newsfacts.engine.text.Tokenizer;

/**
 * The extractor alone over a folder of articles: warms up, then times 1 and 2 threads and prints
 * articles/s, tokens/s, facts found and heap after a GC ({@code ./newsfacts bench} runs it first).
 * Run: {@code java -cp extract-engine/target/classes org.newsfacts.engine.ExtractorBenchmark DIR [rounds]}.
 * The last line is JSON for scripts.
 */
public final class ExtractorBenchmark {

    public record Result(int threads, int articles, long tokens, int facts, double seconds) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println(
                    "usage: ExtractorBenchmark DIR [rounds] (DIR: a folder of .txt articles, searched recursively)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> texts = load(dir);
        if (texts.isEmpty()) {
            System.err.println("no .txt articles under " + dir.toAbsolutePath());
            System.exit(2);
        }
        Extractor extractor = Extractor.standard();
        long tokens =
                texts.stream().mapToLong(t -> Tokenizer.tokenize(t).size()).sum();
        System.out.printf(
                Locale.ROOT,
                "extractor %s over %d articles (%d tokens) from %s, %d cores, Java %s%n",
                Extractor.VERSION,
                texts.size(),
                tokens,
                dir,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        run(extractor, texts, tokens, 1, rounds); // warm-up
        List<Result> results = new ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            Result best = null;
            for (int r = 0; r < rounds; r++) {
                Result res = run(extractor, texts, tokens, threads, 1);
                if (best == null || res.seconds() < best.seconds()) {
                    best = res;
                }
            }
            results.add(best);
            System.out.printf(
                    Locale.ROOT,
                    "  %d thread%s: %8.0f articles/s  %10.0f tokens/s  (%d facts, best of %d rounds)%n",
                    threads,
                    threads == 1 ? " " : "s",
                    best.articlesPerSecond(),
                    best.tokensPerSecond(),
                    best.facts(),
                    rounds);
        }
        System.gc();
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        System.out.printf(Locale.ROOT, "  heap in use after GC: %d MB%n", heapMb);
        System.out.printf(
                Locale.ROOT,
                "{\"articlesPerSecond1Thread\":%.1f,\"articlesPerSecond2Threads\":%.1f,\"tokensPerSecond1Thread\":%.0f,"
                        + "\"tokensPerSecond2Threads\":%.0f,\"articles\":%d,\"facts\":%d,\"heapMb\":%d}%n",
                results.get(0).articlesPerSecond(),
                results.get(1).articlesPerSecond(),
                results.get(0).tokensPerSecond(),
                results.get(1).tokensPerSecond(),
                texts.size(),
                results.get(0).facts(),
                heapMb);
    }

    static List<String> load(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }

    static Result run(Extractor extractor, List<String> texts, long tokens, int threads, int passes) throws Exception {
        LocalDate date = LocalDate.of(2005, 1, 1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger facts = new AtomicInteger();
        int total = texts.size() * passes;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    facts.addAndGet(
                            extractor.extract(texts.get(i % texts.size()), date).size());
                }
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow(); // an article that fails the extractor ends the run instead of leaving the JVM waiting
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(threads, total, tokens * passes, facts.get() / passes, seconds);
    }
}
