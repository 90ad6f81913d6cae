package ru.officialpages.connect;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A platform on 127.0.0.1: answers queued per path (the last one repeats), recorded from
 * src/test/resources/ru/officialpages/connect/, and every request kept for the test to read.
 */
public final class StandIn implements AutoCloseable {
    /** One queued answer. */
    public record Reply(int status, String contentType, String body) {
    }

    /** One request as it arrived: path, query and form fields. */
    public record Request(String path, Map<String, String> params) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> replies = new HashMap<>();
    private final List<Rule> rules = Collections.synchronizedList(new ArrayList<>());

    private record Rule(String path, String param, String value, Reply reply) {
    }
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    public StandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> params = new LinkedHashMap<>(parse(exchange.getRequestURI().getRawQuery()));
            try (InputStream in = exchange.getRequestBody()) {
                params.putAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            requests.add(new Request(path, params));
            Reply r = ruled(path, params);
            if (r == null) {
                r = next(path);
            }
            if (r.status() / 100 == 3) {
                // A redirect: the body is where to.
                exchange.getResponseHeaders().add("Location", r.body());
                exchange.sendResponseHeaders(r.status(), -1);
                exchange.close();
                return;
            }
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", r.contentType());
            exchange.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    private Reply ruled(String path, Map<String, String> params) {
        synchronized (rules) {
            for (Rule rule : rules) {
                if (rule.path().equals(path) && rule.value().equals(params.get(rule.param()))) {
                    return rule.reply();
                }
            }
        }
        return null;
    }

    /**
     * Answers a VK method from a recorded file (or literal JSON) whenever the request carries
     * {@code param=value} (a wall by its owner, comments by their post); checked before the queue,
     * the rule added last first.
     */
    public StandIn vkWhen(String method, String param, String value, String fileOrJson) {
        rules.add(0, new Rule("/method/" + method, param, value, new Reply(200, "application/json; charset=utf-8",
                fileOrJson.startsWith("{") ? fileOrJson : resource(fileOrJson))));
        return this;
    }

    private synchronized Reply next(String path) {
        Deque<Reply> q = replies.get(path);
        if (q == null || q.isEmpty()) {
            return new Reply(404, "text/plain", "not found");
        }
        return q.size() > 1 ? q.removeFirst() : q.peekFirst();
    }

    /** Queues answers for a path; the last one keeps being given. */
    public synchronized StandIn on(String path, Reply... answers) {
        replies.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    /** Replaces whatever was queued for a path with one answer. */
    public synchronized StandIn only(String path, Reply answer) {
        replies.put(path, new ArrayDeque<>(List.of(answer)));
        return this;
    }

    /** Queues VK method answers from recorded files (or literal JSON starting with '{'). */
    public StandIn vk(String method, String... filesOrJson) {
        Reply[] r = new Reply[filesOrJson.length];
        for (int i = 0; i < r.length; i++) {
            String s = filesOrJson[i];
            r[i] = new Reply(200, "application/json; charset=utf-8", s.startsWith("{") ? s : resource(s));
        }
        return on("/method/" + method, r);
    }

    public static String resource(String name) {
        try (InputStream in = StandIn.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/method/";
    }

    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Request> requests(String method) {
        return requests().stream().filter(r -> r.path().equals("/method/" + method)).toList();
    }

    private static Map<String, String> parse(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            m.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return m;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
