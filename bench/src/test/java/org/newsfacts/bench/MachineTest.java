package org.newsfacts.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineTest {

    @Test
    void aotCacheIsReadOffTheCommandLine() {
        assertEquals(
                Machine.AotCache.IN_USE,
                Machine.AotCache.of("java\0-Xmx192m\0-XX:AOTCache=/x/newsfacts-0a1b.aot\0-jar\0run.jar\0"));
        assertEquals(
                Machine.AotCache.RECORDING,
                Machine.AotCache.of("java\0-XX:AOTMode=record\0-XX:AOTConfiguration=/x/a.aotconf\0-jar\0run.jar\0"));
        assertEquals(Machine.AotCache.NONE, Machine.AotCache.of("java\0-Xmx384m\0-jar\0run.jar\0"));
        // an application argument that merely names a cache is not the JVM's option
        assertEquals(Machine.AotCache.NONE, Machine.AotCache.of("java\0-jar\0run.jar\0--note=-XX:AOTCache is off\0"));
    }

    @Test
    void aotCacheOfAProcessByItsPidFile(@TempDir Path dir) throws IOException {
        Path pidFile = dir.resolve("extract-service.pid");
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        // the test's own JVM runs without the cache's options
        assertEquals(Machine.AotCache.NONE, Machine.aotCache(pidFile));
        assertNull(Machine.aotCache(dir.resolve("gone.pid")));
    }

    @Test
    void peakRssOfAProcessByItsPidFile(@TempDir Path dir) throws IOException {
        Path pidFile = dir.resolve("query-service.pid");
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        Long mb = Machine.peakRssMb(pidFile);
        // a JVM running JUnit holds more than a megabyte, and less than the machine
        assertTrue(mb != null && mb > 1 && mb < 1024 * 1024, "peak RSS " + mb + " MB");
        assertNull(Machine.peakRssMb(dir.resolve("gone.pid")));
        Files.writeString(pidFile, "not a pid\n");
        assertNull(Machine.peakRssMb(pidFile));
    }
}
