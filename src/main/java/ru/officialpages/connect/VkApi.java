package ru.officialpages.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;

/**
 * The VK API's transport: one method call with the service key and version 5.199, the answer's
 * {@code response} or its {@code error} turned into a {@link PlatformFailure}. VK answers errors
 * with HTTP 200 and {@code {"error":{"error_code":…,"error_msg":…}}}.
 */
public final class VkApi {
    public static final String VERSION = "5.199";
    public static final String DEFAULT_BASE = "https://api.vk.com/method/";
    /** VK's own limit for a service key (error 6 beyond it). */
    public static final int REQUESTS_PER_SECOND = 3;
    static final int FLOOD_ATTEMPTS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(VkApi.class);
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(40).build())
            .build());
    private final URI base;
    private final String key;
    private final WebFetch fetch;
    private final Supplier<LocalDateTime> now;

    public VkApi(String base, String key, WebFetch fetch, Supplier<LocalDateTime> now) {
        if (key == null || key.isBlank()) {
            throw new PlatformFailure(PlatformFailure.Kind.KEY_REFUSED, Tr.tr("connect.vk.noKey"));
        }
        String b = base == null || base.isBlank() ? DEFAULT_BASE : base.strip();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.key = key.strip();
        this.fetch = fetch;
        this.now = now;
    }

    /** The method base address: {@code OFFICIAL_PAGES_VK_API} when set, else VK's own. */
    public static String baseFromEnvironment(Map<String, String> env) {
        String b = env.get("OFFICIAL_PAGES_VK_API");
        return b == null || b.isBlank() ? DEFAULT_BASE : b.strip();
    }

    /** Calls a method; returns the {@code response} node or throws a Russian {@link PlatformFailure}. */
    public JsonNode call(String method, Map<String, String> params) {
        Map<String, String> form = new LinkedHashMap<>(params);
        form.put("access_token", key);
        form.put("v", VERSION);
        URI uri = base.resolve(method);
        for (int attempt = 1; ; attempt++) {
            WebFetch.Answer answer = fetch.postForm(uri, form);
            if (answer.status() != 200) {
                throw new PlatformFailure(PlatformFailure.Kind.OTHER, Tr.tr("connect.vk.http", answer.status()));
            }
            JsonNode root = parse(answer.body());
            JsonNode error = root.get("error");
            if (error != null && error.isObject()) {
                int code = error.path("error_code").asInt(-1);
                String message = error.path("error_msg").asText("");
                LOG.info("VK {} answered error {}: {}", method, code, message);
                if ((code == 6 || code == 9) && attempt < FLOOD_ATTEMPTS) {
                    wait(Duration.ofSeconds(code == 6 ? 1 : 1L << attempt));
                    continue;
                }
                throw failure(code, message);
            }
            JsonNode response = root.get("response");
            if (response == null || response.isNull()) {
                throw malformed();
            }
            return response;
        }
    }

    private PlatformFailure failure(int code, String message) {
        return switch (code) {
            case 5 -> new PlatformFailure(PlatformFailure.Kind.KEY_REFUSED, Tr.tr("connect.vk.keyRefused"));
            case 6, 9 -> new PlatformFailure(PlatformFailure.Kind.TOO_MANY_REQUESTS, Tr.tr("connect.vk.flood"));
            case 29 -> {
                // VK does not say when the day's quota returns; a day from now is never too early.
                LocalDateTime after = now.get().plusDays(1).withSecond(0).withNano(0);
                yield new PlatformFailure(PlatformFailure.Kind.DAILY_LIMIT,
                        Tr.tr("connect.vk.dailyLimit", RuFormat.dateTime(after)), after, null);
            }
            case 15, 30, 203, 212 -> new PlatformFailure(PlatformFailure.Kind.ACCESS_DENIED,
                    Tr.tr("connect.vk.denied"));
            case 18, 100, 113 -> new PlatformFailure(PlatformFailure.Kind.NOT_FOUND, Tr.tr("connect.vk.notFound"));
            case 28 -> new PlatformFailure(PlatformFailure.Kind.KEY_REFUSED, Tr.tr("connect.vk.keyRefused"));
            default -> new PlatformFailure(PlatformFailure.Kind.OTHER,
                    Tr.tr("connect.vk.other", code, bounded(message)));
        };
    }

    private static String bounded(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private void wait(Duration d) {
        try {
            fetch.pace().timer().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformFailure(PlatformFailure.Kind.NETWORK, Tr.tr("connect.error.interrupted"));
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw malformed();
            }
            return root;
        } catch (JsonProcessingException e) {
            LOG.warn("VK answer is not JSON: {}", e.getOriginalMessage());
            throw malformed();
        }
    }

    static PlatformFailure malformed() {
        return new PlatformFailure(PlatformFailure.Kind.MALFORMED, Tr.tr("connect.vk.malformed"));
    }
}
