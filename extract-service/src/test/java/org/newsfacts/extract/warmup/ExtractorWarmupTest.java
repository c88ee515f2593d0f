package org.newsfacts.extract.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.Layers;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

class ExtractorWarmupTest {

    private static Extractor extractor;

    @BeforeAll
    static void engine() {
        extractor = Extractor.standard();
    }

    @Test
    void theBundledArticlesAreSeveralAndEachStatesFacts() {
        List<String> texts = WarmupArticles.bundled();
        assertTrue(texts.size() >= 20, "articles: " + texts.size());
        Set<FactType> stated = EnumSet.noneOf(FactType.class);
        for (String text : texts) {
            assertFalse(text.contains("----"), "a separator left in an article");
            List<Fact> facts = extractor.run(text, LocalDate.of(2024, 6, 30)).get(Layers.FACTS);
            assertTrue(
                    facts.size() >= 3,
                    "an article the warm-up runs finds " + facts.size() + " facts: " + text.substring(0, 40));
            facts.forEach(f -> stated.add(f.type()));
        }
        // the warm-up is to run every kind of rule before the first live article does
        assertEquals(EnumSet.allOf(FactType.class), stated);
    }

    @Test
    void splitsOnLinesOfFourDashesOnly() {
        assertEquals(
                List.of("one -- two", "three\n-----\nfour"),
                WarmupArticles.split("one -- two\n----\n\nthree\n-----\nfour\n----\n"));
    }

    @Test
    void runsUntilTheClockPassesTheDeadline() {
        AtomicLong now = new AtomicLong();
        AtomicLong counted = new AtomicLong();
        // each look at the clock moves it one tick on: ticks 0, 1, 2 are before the deadline 3
        ExtractorWarmup.End end = ExtractorWarmup.run(
                extractor,
                List.of("Acme Corp said revenue rose 5% to $10m."),
                () -> false,
                () -> false,
                now::getAndIncrement,
                3,
                neverQuiet(),
                counted::set);
        assertEquals(ExtractorWarmup.End.TIME_UP, end);
        assertEquals(3, counted.get());
    }

    @Test
    void endsAtTheFirstLiveBatchAndOnStop() {
        AtomicLong counted = new AtomicLong();
        AtomicLong calls = new AtomicLong();
        assertEquals(
                ExtractorWarmup.End.LIVE_TRAFFIC,
                ExtractorWarmup.run(
                        extractor,
                        List.of("A text."),
                        () -> false,
                        () -> calls.incrementAndGet() > 2,
                        () -> 0,
                        Long.MAX_VALUE,
                        neverQuiet(),
                        counted::set));
        assertEquals(2, counted.get());
        assertEquals(
                ExtractorWarmup.End.STOPPED,
                ExtractorWarmup.run(
                        extractor, List.of("A text."), () -> true, () -> false, () -> 0, 1, neverQuiet(), n -> {
                            throw new AssertionError("extracted after a stop");
                        }));
    }

    @Test
    void refusesNoTexts() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ExtractorWarmup.run(
                        extractor, List.of(), () -> false, () -> false, () -> 0, 1, neverQuiet(), n -> {}));
    }

    @Test
    void endsOnceTheJitHasGoneQuiet() {
        AtomicLong now = new AtomicLong();
        AtomicLong counted = new AtomicLong();
        // each article takes a quarter of a second; the JIT compiles for the first 2 s, then stops
        JitQuiet jit = new JitQuiet(() -> Math.min(now.get(), SECOND * 2) / 1_000_000, 0);
        ExtractorWarmup.End end = ExtractorWarmup.run(
                extractor,
                List.of("Acme Corp said revenue rose 5% to $10m."),
                () -> false,
                () -> false,
                now::get,
                SECOND * 60,
                jit,
                n -> {
                    counted.set(n);
                    now.addAndGet(SECOND / 4);
                });
        assertEquals(ExtractorWarmup.End.JIT_QUIET, end);
        assertEquals(20, counted.get(), "2 s of compiling, then three quiet looks a second apart");
    }

    private static JitQuiet neverQuiet() {
        return new JitQuiet(() -> -1, 0);
    }

    private static final long SECOND = 1_000_000_000L;
}
