package org.newsfacts.extract.warmup;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Tells when the JIT has gone quiet: it looks at the JVM's total compilation time about once a second
 * and says so once compiling took under a tenth of the time since each of the last {@value
 * #QUIET_LOOKS} looks. The warm-up ends then, because extracting on would compile little more
 * (docs/benchmarks.md: from the AOT cache's profiles, the first 2,000 articles after {@code up} ran at
 * a median 101 articles/s after such a warm-up, 79 after the fixed 20 s of before).
 */
final class JitQuiet {

    static final long LOOK_EVERY_NANOS = 1_000_000_000L;
    static final int QUIET_LOOKS = 3;

    private final LongSupplier compileMillis;
    private long nextLook;
    private long lastLook;
    private long lastMillis;
    private int quietLooks;

    /**
     * @param compileMillis the JVM's compilation time so far in ms, or a negative number when it is not
     *     measured (the JIT is then never quiet: the warm-up runs its whole duration)
     * @param now the clock (ns) at the start
     */
    JitQuiet(LongSupplier compileMillis, long now) {
        this.compileMillis = compileMillis;
        this.lastMillis = compileMillis.getAsLong();
        this.lastLook = now;
        this.nextLook = now + LOOK_EVERY_NANOS;
    }

    /** This JVM's JIT. */
    static JitQuiet ofThisJvm(long now) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return new JitQuiet(() -> -1, now);
        }
        return new JitQuiet(jit::getTotalCompilationTime, now);
    }

    /** Whether the JIT has gone quiet by {@code now} (ns, the clock given at the start). */
    boolean quiet(long now) {
        if (now - nextLook < 0) {
            return quietLooks >= QUIET_LOOKS;
        }
        long millis = compileMillis.getAsLong();
        if (millis < 0) {
            return false;
        }
        long elapsedMillis = (now - lastLook) / 1_000_000;
        quietLooks = (millis - lastMillis) * 10 < elapsedMillis ? quietLooks + 1 : 0;
        lastMillis = millis;
        lastLook = now;
        nextLook = now + LOOK_EVERY_NANOS;
        return quietLooks >= QUIET_LOOKS;
    }
}
