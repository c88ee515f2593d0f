package org.newsfacts.extract.fx;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A local HTTP server in place of the ECB's (JDK HttpServer): it serves whatever a test put in
 * {@link #serve}, at the daily and the 90-day path alike, and extract-service's feed points at it.
 */
public final class EcbServer implements QuarkusTestResourceLifecycleManager {

    private static HttpServer server;
    private static volatile int status = 200;
    private static volatile String contentType = "text/xml";
    private static volatile byte[] body = new byte[0];

    static void serve(int httpStatus, String type, String content) {
        status = httpStatus;
        contentType = type;
        body = content.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] b = body;
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(b);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "newsfacts.fx.feed.daily-url",
                base + "/stats/eurofxref/eurofxref-daily.xml",
                "newsfacts.fx.feed.history-url",
                base + "/stats/eurofxref/eurofxref-hist-90d.xml",
                "newsfacts.fx.feed.enabled",
                "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
