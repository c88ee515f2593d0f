package org.newsfacts.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An open-model HTTP load generator on one thread: requests are due at a fixed rate whatever the
 * answers' speed, and each latency is measured from when its request was <em>due</em>, so a slow
 * server cannot hide its queue (no coordinated omission). HTTP/1.1 keep-alive over a pool of
 * non-blocking connections; a request waits for a free connection if all are busy, and that wait
 * counts. Light enough to leave the cores to the server it measures. Localhost only.
 */
public final class QueryLoad {

    /** A request slower than this counts as slow in {@link Result#slowPerSecond} (the query goal's p99). */
    static final long SLOW_NANOS = 10_000_000L;

    /**
     * What a run measured; latencies in nanoseconds, sorted. Second by second of the schedule (from
     * {@code startNanos}, by when each request was due): how many answers were slow, and the slowest.
     */
    public record Result(
            int rate,
            double seconds,
            long completed,
            long errors,
            long[] latencies,
            long startNanos,
            int[] slowPerSecond,
            long[] maxPerSecond) {
        public double requestsPerSecond() {
            return completed / seconds;
        }

        public double percentileMs(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, i))] / 1e6;
        }

        public double maxMs() {
            return latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6;
        }

        /** The seconds of the schedule that had slow answers, the one with most first. */
        public List<Integer> slowSeconds() {
            List<Integer> seconds = new ArrayList<>();
            for (int i = 0; i < slowPerSecond.length; i++) {
                if (slowPerSecond[i] > 0) {
                    seconds.add(i);
                }
            }
            seconds.sort((a, b) -> slowPerSecond[b] != slowPerSecond[a]
                    ? slowPerSecond[b] - slowPerSecond[a]
                    : Long.compare(maxPerSecond[b], maxPerSecond[a]));
            return seconds;
        }
    }

    private final InetSocketAddress address;
    private final List<byte[]> requests;

    /** {@code paths}: request targets, used in turn (e.g. {@code /api/facts?subject=…}). */
    public QueryLoad(String host, int port, List<String> paths) {
        if (!List.of("localhost", "127.0.0.1", "::1").contains(host)) {
            throw new IllegalArgumentException("load goes to localhost only, not " + host);
        }
        this.address = new InetSocketAddress(host, port);
        this.requests = paths.stream()
                .map(p -> ("GET " + p + " HTTP/1.1\r\nHost: " + host + ":" + port
                                + "\r\nAccept: application/json\r\nUser-Agent: newsfacts-bench\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII))
                .toList();
    }

    private static final class Connection {
        final SocketChannel channel;
        final SelectionKey key;
        ByteBuffer out;
        byte[] in = new byte[64 * 1024];
        int length;
        long due = -1; // when its current request was due; -1 when idle

        Connection(SocketChannel channel, SelectionKey key) {
            this.channel = channel;
            this.key = key;
        }
    }

    public Result run(int rate, double seconds, int connections) throws IOException {
        long period = Math.round(1e9 / rate);
        long total = Math.round(rate * seconds);
        long[] latencies = new long[(int) total];
        int[] slowPerSecond = new int[(int) Math.ceil(seconds) + 1];
        long[] maxPerSecond = new long[slowPerSecond.length];
        int recorded = 0;
        long errors = 0;
        long sent = 0;
        long lastDone = 0;
        ArrayDeque<Long> waiting = new ArrayDeque<>();
        ArrayDeque<Connection> idle = new ArrayDeque<>();
        List<Connection> all = new ArrayList<>();
        try (Selector selector = Selector.open()) {
            for (int i = 0; i < connections; i++) {
                Connection c = open(selector);
                all.add(c);
                idle.add(c);
            }
            long start = System.nanoTime() + 10_000_000L;
            long issued = 0;
            long deadline = start + period * total + 30_000_000_000L; // stragglers get 30 s
            while ((recorded + errors < total) && System.nanoTime() < deadline) {
                long now = System.nanoTime();
                while (issued < total && start + issued * period <= now) {
                    waiting.add(start + issued * period);
                    issued++;
                }
                while (!waiting.isEmpty() && !idle.isEmpty()) {
                    Connection c = idle.poll();
                    c.due = waiting.poll();
                    c.out = ByteBuffer.wrap(requests.get((int) (sent++ % requests.size())));
                    try {
                        write(c);
                    } catch (IOException e) {
                        errors++;
                        idle.add(reopen(selector, c, all));
                    }
                }
                // Sleep until the next request is due, rounded up to the selector's millisecond: a send
                // up to 1 ms late is still timed from when it was due, whereas spinning through the
                // last partial millisecond would burn half a core beside the server being measured.
                long nextDue = issued < total ? start + issued * period : now + 1_000_000L;
                long untilDue = nextDue - System.nanoTime();
                if (untilDue <= 0) {
                    selector.selectNow();
                } else {
                    selector.select((untilDue + 999_999L) / 1_000_000L);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    Connection c = (Connection) key.attachment();
                    try {
                        if (key.isValid() && key.isWritable()) {
                            write(c);
                        }
                        if (key.isValid() && key.isReadable()) {
                            int status = read(c);
                            if (status == 0) {
                                continue; // incomplete
                            }
                            lastDone = System.nanoTime();
                            if (status >= 200 && status < 300) {
                                long latency = lastDone - c.due;
                                latencies[recorded++] = latency;
                                int second = (int) Math.min(
                                        slowPerSecond.length - 1, Math.max(0, (c.due - start) / 1_000_000_000L));
                                maxPerSecond[second] = Math.max(maxPerSecond[second], latency);
                                if (latency > SLOW_NANOS) {
                                    slowPerSecond[second]++;
                                }
                            } else {
                                errors++;
                            }
                            c.due = -1;
                            idle.add(c);
                        }
                    } catch (IOException e) {
                        if (c.due >= 0) {
                            errors++;
                        }
                        idle.add(reopen(selector, c, all));
                    }
                }
                selector.selectedKeys().clear();
            }
            for (Connection c : all) {
                c.channel.close();
            }
            long[] done = Arrays.copyOf(latencies, recorded);
            Arrays.sort(done);
            double elapsed = Math.max(lastDone - start, 1) / 1e9;
            // unanswered requests count as errors
            return new Result(rate, elapsed, recorded, total - recorded, done, start, slowPerSecond, maxPerSecond);
        }
    }

    private Connection open(Selector selector) throws IOException {
        SocketChannel channel = SocketChannel.open(address);
        channel.socket().setTcpNoDelay(true);
        channel.configureBlocking(false);
        SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
        Connection c = new Connection(channel, key);
        key.attach(c);
        return c;
    }

    private Connection reopen(Selector selector, Connection c, List<Connection> all) throws IOException {
        c.key.cancel();
        c.channel.close();
        all.remove(c);
        Connection fresh = open(selector);
        all.add(fresh);
        return fresh;
    }

    /** Writes what it can; asks for OP_WRITE if the socket buffer is full. */
    private static void write(Connection c) throws IOException {
        c.channel.write(c.out);
        c.key.interestOps(c.out.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    /** Reads what is there; the status code once a whole response is in, else 0. */
    private static int read(Connection c) throws IOException {
        while (true) {
            if (c.length == c.in.length) {
                c.in = Arrays.copyOf(c.in, c.in.length * 2);
            }
            int n = c.channel.read(ByteBuffer.wrap(c.in, c.length, c.in.length - c.length));
            if (n < 0) {
                throw new IOException("connection closed by the server");
            }
            if (n == 0) {
                break;
            }
            c.length += n;
        }
        int end = HttpResponses.completeLength(c.in, c.length);
        if (end < 0) {
            return 0;
        }
        if (end != c.length) {
            throw new IOException("unexpected bytes after a response");
        }
        int status = HttpResponses.status(c.in);
        c.length = 0;
        return status;
    }
}
