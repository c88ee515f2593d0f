package org.newsfacts.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EndToEndLatencyTest {

    @Test
    void percentilesOfTheWholeAndOfEachStage() {
        double[] whole = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        EndToEnd.Latency l = new EndToEnd.Latency(
                10,
                20,
                whole,
                Map.of(EndToEnd.Stage.INBOX, new double[] {1, 2, 3, 4}, EndToEnd.Stage.DATABASE, new double[0]));
        assertEquals(50, l.percentile(50));
        assertEquals(100, l.percentile(99));
        assertEquals(10, l.percentile(0));
        assertEquals(2, l.stagePercentile(EndToEnd.Stage.INBOX, 50));
        assertEquals(4, l.stagePercentile(EndToEnd.Stage.INBOX, 99));
        // a stage no article had timestamps for (an older service, a purged outbox) is unknown, not 0
        assertTrue(Double.isNaN(l.stagePercentile(EndToEnd.Stage.DATABASE, 50)));
        assertTrue(Double.isNaN(l.stagePercentile(EndToEnd.Stage.OUTBOX_RELAY, 50)));
    }
}
