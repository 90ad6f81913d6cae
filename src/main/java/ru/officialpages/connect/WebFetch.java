package ru.officialpages.connect;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.officialpages.i18n.Tr;

/**
 * One request to a platform, paced, bounded and retried: no network, a timeout or a 5xx is tried
 * again a few times with a growing pause, then becomes a Russian {@link PlatformFailure}. Bodies
 * over {@link #MAX_BODY} are refused rather than read into memory.
 */
public final class WebFetch {
    static final int MAX_BODY = 8 * 1024 * 1024;
    static final int ATTEMPTS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(WebFetch.class);
    private HttpClient http;
    private final Pace pace;
    private final Duration timeout;

    /** A whole answer: its HTTP status and its text. */
    public record Answer(int status, String body) {
    }

    public WebFetch(Pace pace) {
        this(pace, Duration.ofSeconds(20));
    }

    public WebFetch(Pace pace, Duration timeout) {
        this.pace = pace;
        this.timeout = timeout;
    }

    /** Made at the first request: the window builds its readers at start, and most starts read nothing. */
    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }

    public Pace pace() {
        return pace;
    }

    /**
     * Posts a form: the VK key travels in the body, not in the address, so no proxy or log line
     * that records addresses ever holds it.
     */
    public Answer postForm(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return send(request, uri);
    }

    public Answer get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Accept-Language", "ru-RU,ru;q=0.9")
                .GET().build();
        return send(request, uri);
    }

    private Answer send(HttpRequest request, URI uri) {
        // The address is logged without its query: a GET to VK would carry the key there.
        String where = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getPath();
        Exception last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1) {
                pause(Duration.ofSeconds(1L << (attempt - 2)));
            }
            try {
                pace.acquire();
                HttpResponse<InputStream> response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
                String body = read(response.body());
                if (response.statusCode() >= 500) {
                    LOG.warn("{} answered HTTP {} (attempt {})", where, response.statusCode(), attempt);
                    last = null;
                    continue;
                }
                return new Answer(response.statusCode(), body);
            } catch (TooLarge e) {
                throw new PlatformFailure(PlatformFailure.Kind.MALFORMED, Tr.tr("connect.error.tooLarge"));
            } catch (IOException e) {
                LOG.warn("{} unreachable (attempt {}): {}", where, attempt, e.toString());
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformFailure(PlatformFailure.Kind.NETWORK, Tr.tr("connect.error.interrupted"));
            }
        }
        String message = last instanceof java.net.http.HttpTimeoutException
                ? Tr.tr("connect.error.timeout", uri.getHost())
                : last == null ? Tr.tr("connect.error.server", uri.getHost()) : Tr.tr("connect.error.network", uri.getHost());
        throw new PlatformFailure(PlatformFailure.Kind.NETWORK, message, null, last);
    }

    private void pause(Duration d) {
        try {
            pace.timer().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformFailure(PlatformFailure.Kind.NETWORK, Tr.tr("connect.error.interrupted"));
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new TooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
