package ru.officialpages.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in for the network between a settlement's PC and the district's server (issue 20 item 4): a TCP
 * proxy on 127.0.0.1 that hands every chunk the client sends to PostgreSQL {@code delay} later, so each
 * round trip costs that much more. Chunks keep their order and are delayed from their own arrival (a
 * burst is not delayed once per chunk), as on a line with that latency.
 * <p>It also reads the PostgreSQL frontend protocol going through it and counts what the program asks:
 * every Execute (extended protocol) or Query (simple protocol) is one statement, counted under its SQL
 * text (from the Parse it was bound from); every Sync or Query is one round trip.
 */
public final class DelayProxy implements AutoCloseable {
    private static final long SSL_REQUEST = 80877103;
    private static final long GSS_REQUEST = 80877104;
    private final ServerSocket listener;
    private final int target;
    private final long delayNanos;
    private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
    private final AtomicLong roundTrips = new AtomicLong();
    private volatile boolean closed;

    public DelayProxy(int targetPort, long delayMillis) throws IOException {
        this.target = targetPort;
        this.delayNanos = delayMillis * 1_000_000;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The statements sent so far, by SQL text (BEGIN, COMMIT and ROLLBACK included: they are round trips too). */
    public Map<String, Long> statements() {
        Map<String, Long> copy = new HashMap<>();
        statements.forEach((sql, n) -> copy.put(sql, n.sum()));
        return copy;
    }

    public long roundTrips() {
        return roundTrips.get();
    }

    /** What was sent between two {@link #statements()} snapshots. */
    public static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new HashMap<>();
        after.forEach((sql, n) -> {
            long was = before.getOrDefault(sql, 0L);
            if (n > was) {
                d.put(sql, n - was);
            }
        });
        return d;
    }

    /** Statements other than transaction control: what the issue calls queries. */
    public static long queries(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> !isTransactionControl(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    static boolean isTransactionControl(String sql) {
        String s = sql.strip().toUpperCase(Locale.ROOT);
        return s.equals("BEGIN") || s.equals("COMMIT") || s.equals("ROLLBACK") || s.startsWith("SET ") || s.startsWith("RESET ");
    }

    /** The most repeated statements, worst first, as "N× SQL" (the SQL cut to {@code width}). */
    public static String worst(Map<String, Long> counts, int top, int width) {
        StringBuilder out = new StringBuilder();
        counts.entrySet().stream().filter(e -> !isTransactionControl(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top).forEach(e -> {
                    String sql = e.getKey().replaceAll("\\s+", " ").strip();
                    out.append(out.length() == 0 ? "" : "; ").append(e.getValue()).append("× ")
                            .append(sql.length() > width ? sql.substring(0, width) + "…" : sql);
                });
        return out.toString();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target));
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                BlockingQueue<Chunk> line = new LinkedBlockingQueue<>();
                start("proxy-read", () -> read(client, server, line));
                start("proxy-send", () -> send(line, server, client));
                start("proxy-back", () -> copy(server, client));
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("proxy: " + e);
                }
            }
        }
    }

    private static void start(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private record Chunk(long due, byte[] bytes) {
    }

    private void read(Socket client, Socket server, BlockingQueue<Chunk> line) {
        Frontend protocol = new Frontend();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = client.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                long now = System.nanoTime();
                byte[] chunk = Arrays.copyOf(buf, n);
                protocol.feed(chunk);
                line.add(new Chunk(now + delayNanos, chunk));
            }
        } catch (IOException e) {
            // The client has gone: the sender closes the server's side once the line is empty.
        }
        line.add(new Chunk(0, null));
    }

    private static void send(BlockingQueue<Chunk> line, Socket server, Socket client) {
        try (OutputStream out = server.getOutputStream()) {
            while (true) {
                Chunk c = line.take();
                if (c.bytes() == null) {
                    break;
                }
                long wait;
                while ((wait = c.due() - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                out.write(c.bytes());
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // Either side closed.
        } finally {
            closeQuietly(server);
            closeQuietly(client);
        }
    }

    private static void copy(Socket server, Socket client) {
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // Either side closed.
        } finally {
            closeQuietly(server);
            closeQuietly(client);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
    }

    /** Splits the client's byte stream into protocol messages and counts them. */
    private final class Frontend {
        private ByteBuffer pending = ByteBuffer.allocate(0);
        private boolean started;
        private final Map<String, String> prepared = new HashMap<>();
        private final Map<String, String> portals = new HashMap<>();

        void feed(byte[] chunk) {
            ByteBuffer all = ByteBuffer.allocate(pending.remaining() + chunk.length);
            all.put(pending).put(chunk).flip();
            while (true) {
                if (!started) {
                    if (all.remaining() < 8) {
                        break;
                    }
                    int length = all.getInt(all.position());
                    if (all.remaining() < length) {
                        break;
                    }
                    long code = all.getInt(all.position() + 4) & 0xffffffffL;
                    started = code != SSL_REQUEST && code != GSS_REQUEST;
                    all.position(all.position() + length);
                    continue;
                }
                if (all.remaining() < 5) {
                    break;
                }
                int length = all.getInt(all.position() + 1);
                if (all.remaining() < 1 + length) {
                    break;
                }
                byte type = all.get(all.position());
                byte[] body = new byte[length - 4];
                all.get(all.position() + 5, body);
                all.position(all.position() + 1 + length);
                message(type, body);
            }
            pending = ByteBuffer.allocate(all.remaining()).put(all).flip();
        }

        private void message(byte type, byte[] body) {
            switch (type) {
                case 'Q' -> {
                    count(string(body, 0)[0]);
                    roundTrips.incrementAndGet();
                }
                case 'P' -> {
                    String[] name = string(body, 0);
                    prepared.put(name[0], string(body, Integer.parseInt(name[1]))[0]);
                }
                case 'B' -> {
                    String[] portal = string(body, 0);
                    String statement = string(body, Integer.parseInt(portal[1]))[0];
                    portals.put(portal[0], prepared.getOrDefault(statement, "?"));
                }
                case 'E' -> count(portals.getOrDefault(string(body, 0)[0], "?"));
                case 'S' -> roundTrips.incrementAndGet();
                default -> {
                }
            }
        }

        private void count(String sql) {
            statements.computeIfAbsent(sql, k -> new LongAdder()).increment();
        }

        /** A zero-ended string at {@code from}: its text and the offset after it. */
        private String[] string(byte[] body, int from) {
            int end = from;
            while (end < body.length && body[end] != 0) {
                end++;
            }
            return new String[] {new String(body, from, end - from, StandardCharsets.UTF_8), Integer.toString(end + 1)};
        }
    }
}
