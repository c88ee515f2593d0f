package org.newsfacts.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpResponsesTest {

    private static int complete(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return HttpResponses.completeLength(b, b.length);
    }

    @Test
    void contentLengthBodiesAreCompleteOnlyWithAllTheirBytes() {
        String r = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\nhello";
        assertEquals(r.length(), complete(r));
        assertEquals(-1, complete(r.substring(0, r.length() - 1)));
        assertEquals(-1, complete("HTTP/1.1 200 OK\r\nContent-Len"));
        assertEquals(200, HttpResponses.status(r.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void chunkedBodiesEndWithTheZeroChunk() {
        String r =
                "HTTP/1.1 404 Not Found\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n3;x=y\r\nabc\r\n0\r\n\r\n";
        assertEquals(r.length(), complete(r));
        assertEquals(-1, complete(r.substring(0, r.length() - 2)));
        assertEquals(-1, complete(r.substring(0, r.indexOf("abc"))));
        assertEquals(404, HttpResponses.status(r.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aResponseWithoutBodyEndsWithItsHeaders() {
        String r = "HTTP/1.1 204 No Content\r\nX: y\r\n\r\n";
        assertEquals(r.length(), complete(r));
    }

    @Test
    void percentilesAreTakenFromTheSortedLatencies() {
        long[] ns = new long[100];
        for (int i = 0; i < 100; i++) {
            ns[i] = (i + 1) * 1_000_000L;
        }
        QueryLoad.Result r = new QueryLoad.Result(100, 1.0, 100, 0, ns, 0, new int[2], new long[2]);
        assertEquals(50.0, r.percentileMs(50));
        assertEquals(99.0, r.percentileMs(99));
        assertEquals(100.0, r.maxMs());
        assertEquals(100.0, r.requestsPerSecond());
    }
}
