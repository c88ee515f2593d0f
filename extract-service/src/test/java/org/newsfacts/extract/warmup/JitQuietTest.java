package org.newsfacts.extract.warmup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JitQuietTest {

    private static final long SECOND = JitQuiet.LOOK_EVERY_NANOS;

    @Test
    void quietAfterThreeLooksInARowWithCompilingUnderATenthOfTheTime() {
        AtomicLong compiled = new AtomicLong();
        JitQuiet jit = new JitQuiet(compiled::get, 0);
        compiled.set(900); // 0.9 s of compiling in the first second: busy
        assertFalse(jit.quiet(SECOND));
        compiled.addAndGet(99); // under a tenth
        assertFalse(jit.quiet(2 * SECOND));
        compiled.addAndGet(50);
        assertFalse(jit.quiet(3 * SECOND));
        compiled.addAndGet(0);
        assertTrue(jit.quiet(4 * SECOND));
        assertTrue(jit.quiet(4 * SECOND + 1), "between looks it says what it last saw");
    }

    @Test
    void aBusySecondStartsTheCountAgain() {
        AtomicLong compiled = new AtomicLong();
        JitQuiet jit = new JitQuiet(compiled::get, 0);
        assertFalse(jit.quiet(SECOND));
        assertFalse(jit.quiet(2 * SECOND));
        compiled.addAndGet(100); // a tenth of the second: not under it
        assertFalse(jit.quiet(3 * SECOND));
        assertFalse(jit.quiet(4 * SECOND));
        assertFalse(jit.quiet(5 * SECOND));
        assertTrue(jit.quiet(6 * SECOND));
    }

    @Test
    void looksAtMostOnceASecondAndScalesToTheTimeSinceTheLastLook() {
        AtomicLong compiled = new AtomicLong();
        JitQuiet jit = new JitQuiet(compiled::get, 0);
        assertFalse(jit.quiet(SECOND / 2), "not a second yet: no look");
        compiled.set(250); // over 2.5 s: exactly a tenth, so busy
        assertFalse(jit.quiet(SECOND * 5 / 2));
        compiled.addAndGet(249); // over 2.5 s: under a tenth
        assertFalse(jit.quiet(SECOND * 5));
        assertFalse(jit.quiet(SECOND * 6));
        assertTrue(jit.quiet(SECOND * 7));
    }

    @Test
    void neverQuietWhenTheJvmDoesNotMeasureCompiling() {
        JitQuiet jit = new JitQuiet(() -> -1, 0);
        for (int s = 1; s <= 10; s++) {
            assertFalse(jit.quiet(s * SECOND));
        }
    }
}
