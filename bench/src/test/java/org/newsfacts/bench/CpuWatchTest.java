package org.newsfacts.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuWatchTest {

    @Test
    void aProcessLineGivesItsCommandAndUserPlusSystemTicks() {
        // a command name may hold spaces and parentheses: the fields start after the last ')'
        String stat = "4242 (Worker (x) 2) S 1 4242 4242 0 -1 4194560 900 0 0 0 1234 567 0 0 20 0 31 0 100 0 0";
        CpuWatch.ProcessTicks t = CpuWatch.ProcessTicks.parse(stat);
        assertEquals("Worker (x) 2", t.command());
        assertEquals(1234 + 567, t.ticks());
    }

    @Test
    void theMachineLineSplitsBusyIdleIowaitAndSteal() {
        CpuWatch.Machine m = CpuWatch.Machine.parse("cpu  100 5 40 800 30 2 3 20 0 0");
        assertEquals(100 + 5 + 40 + 2 + 3, m.busy());
        assertEquals(800, m.idle());
        assertEquals(30, m.iowait());
        assertEquals(20, m.steal());
        assertEquals(1000, m.total());
    }

    @Test
    void anIntervalSumsEachGroupAndCountsANewProcessFromZero() {
        CpuWatch.Reading a = new CpuWatch.Reading(
                0,
                new CpuWatch.Machine(0, 0, 0, 0),
                Map.of("1", 100L, "2", 50L, "3", 10L),
                Map.of("1", "query-service", "2", "postgresql", "3", "postgresql"));
        CpuWatch.Reading b = new CpuWatch.Reading(
                2_000_000_000L,
                new CpuWatch.Machine(150, 40, 0, 10),
                Map.of("1", 160L, "2", 70L, "3", 10L, "4", 20L),
                Map.of("1", "query-service", "2", "postgresql", "3", "postgresql", "4", "postgresql"));
        CpuWatch.Interval i = CpuWatch.between(a, b);
        assertEquals(Map.of("query-service", 60L, "postgresql", 40L), i.ticksByGroup());
        assertEquals(0.30, i.cores().get("query-service"), 1e-9); // 60 ticks in 2 s
        assertEquals(
                List.of("query-service", "postgresql"), List.copyOf(i.cores().keySet()));
        assertEquals(5.0, i.percent(i.machine().steal()), 1e-9);
        assertTrue(i.describe().startsWith("query-service 0.30, postgresql 0.20; idle 20 %"), i.describe());
    }

    @Test
    void intervalsAddUpAndTheOneHoldingAMomentIsFound() {
        CpuWatch.Interval first =
                new CpuWatch.Interval(0, 1_000_000_000L, new CpuWatch.Machine(50, 150, 0, 0), Map.of("bench", 10L));
        CpuWatch.Interval second = new CpuWatch.Interval(
                1_000_000_000L,
                2_000_000_000L,
                new CpuWatch.Machine(150, 50, 0, 0),
                Map.of("bench", 10L, "query-service", 90L));
        List<CpuWatch.Interval> both = List.of(first, second);
        CpuWatch.Interval whole = CpuWatch.whole(both);
        assertEquals(2.0, whole.seconds(), 1e-9);
        assertEquals(Map.of("bench", 20L, "query-service", 90L), whole.ticksByGroup());
        assertEquals(50.0, whole.percent(whole.machine().idle()), 1e-9);
        assertSame(second, CpuWatch.at(both, 1_500_000_000L));
        assertNull(CpuWatch.at(both, 2_000_000_000L));
    }

    @Test
    void hotSpotsCompilerAndCollectorThreadsAreToldApart() {
        assertEquals("JIT", CpuWatch.jvmThreadKind("C2 CompilerThre"));
        assertEquals("JIT", CpuWatch.jvmThreadKind("C1 CompilerThre"));
        assertEquals("GC", CpuWatch.jvmThreadKind("GC Thread#0"));
        assertEquals("GC", CpuWatch.jvmThreadKind("G1 Conc#0"));
        assertNull(CpuWatch.jvmThreadKind("executor-thread"));
        assertNull(CpuWatch.jvmThreadKind("vert.x-eventloo"));
    }

    @Test
    void theJvmThreadsOfThisProcessAreFoundInProc() {
        java.nio.file.Path self = java.nio.file.Path.of(
                "/proc", Long.toString(ProcessHandle.current().pid()));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.isDirectory(self.resolve("task")), "Linux only");
        Map<String, Long> kinds = CpuWatch.jvmThreadTicks(self);
        assertTrue(kinds.containsKey("GC") || kinds.containsKey("JIT"), kinds.toString());
    }

    @Test
    void gcPausesAddUpOverCollectors() {
        String page = """
                # TYPE jvm_gc_pause_seconds summary
                jvm_gc_pause_seconds_count{action="end of minor GC",cause="G1 Evacuation Pause",gc="G1 Young Generation"} 12.0
                jvm_gc_pause_seconds_sum{action="end of minor GC",cause="G1 Evacuation Pause",gc="G1 Young Generation"} 0.084
                jvm_gc_pause_seconds_count{action="end of major GC",cause="System.gc()",gc="G1 Old Generation"} 1.0
                jvm_gc_pause_seconds_sum{action="end of major GC",cause="System.gc()",gc="G1 Old Generation"} 0.016
                jvm_gc_pause_seconds_max{action="end of minor GC",cause="G1 Evacuation Pause",gc="G1 Young Generation"} 0.009
                """;
        double[] gc = ServerState.gcPauses(page);
        assertEquals(13, gc[0], 1e-9);
        assertEquals(0.1, gc[1], 1e-9);
    }

    @Test
    void slowSecondsComeMostSlowAnswersFirst() {
        QueryLoad.Result r =
                new QueryLoad.Result(500, 4, 2000, 0, new long[0], 0, new int[] {0, 3, 0, 7, 3}, new long[] {
                    1, 20_000_000L, 2, 30_000_000L, 40_000_000L
                });
        assertEquals(List.of(3, 4, 1), r.slowSeconds());
    }

    @Test
    void prefixedFieldNamesStayCamelCase() {
        assertEquals("p99Ms", Bench.key("", "p99Ms"));
        assertEquals("queryCpuCores", Bench.key("query", "cpuCores"));
    }
}
