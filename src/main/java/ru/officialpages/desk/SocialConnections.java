package ru.officialpages.desk;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import ru.officialpages.connect.Connector;
import ru.officialpages.connect.Pace;
import ru.officialpages.connect.PlatformFailure;
import ru.officialpages.connect.TelegramPreview;
import ru.officialpages.connect.VkApi;
import ru.officialpages.connect.VkClient;
import ru.officialpages.connect.VkConnector;
import ru.officialpages.connect.VkGroup;
import ru.officialpages.connect.WebFetch;
import ru.officialpages.domain.Network;
import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.PlatformKeyFile;

/**
 * The clerk's connections to the platforms: the VK service key (kept beside the database,
 * overridden by {@code OFFICIAL_PAGES_VK_TOKEN} for scripts), its check, and ready connectors for
 * the sync. One VK pace is shared by everything made here, so two readers never exceed 3 a second.
 */
public final class SocialConnections {
    public static final String TOKEN_VARIABLE = "OFFICIAL_PAGES_VK_TOKEN";
    /** A community every key can read: VK's own API community (id 1). */
    static final String CHECK_GROUP = "1";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._\\-]{16,512}");
    private final PlatformKeyFile keyFile;
    private final Map<String, String> environment;
    private final Supplier<LocalDateTime> now;
    private final ZoneId zone;
    private final WebFetch vkFetch;
    private final WebFetch telegramFetch;

    /** The verdict of «Проверить»: whether the key works, and what to tell the clerk. */
    public record Verdict(boolean works, String text) {
    }

    public SocialConnections(PlatformKeyFile keyFile, Map<String, String> environment, Supplier<LocalDateTime> now,
            ZoneId zone, Pace.Timer timer) {
        this.keyFile = keyFile;
        this.environment = Map.copyOf(environment);
        this.now = now;
        this.zone = zone;
        this.vkFetch = new WebFetch(new Pace(VkApi.REQUESTS_PER_SECOND, timer));
        // t.me has no published limit; one page a second is polite and plenty for a few channels.
        this.telegramFetch = new WebFetch(new Pace(1, timer));
    }

    /** For the program: the data folder's key file, the process's environment, the real clock. */
    public static SocialConnections inFolder(Path dataFolder) {
        return inFolder(dataFolder, System.getenv());
    }

    /** As {@link #inFolder(Path)} with the environment a command was started with. */
    public static SocialConnections inFolder(Path dataFolder, Map<String, String> environment) {
        return new SocialConnections(new PlatformKeyFile(dataFolder), environment, LocalDateTime::now,
                ZoneId.systemDefault(), Pace.Timer.SYSTEM);
    }

    /** The key saved in the settings, if any. */
    public Optional<String> storedKey() {
        return keyFile.load();
    }

    /** True when {@code OFFICIAL_PAGES_VK_TOKEN} is set: it is used instead of the saved key. */
    public boolean keyFromEnvironment() {
        String v = environment.get(TOKEN_VARIABLE);
        return v != null && !v.isBlank();
    }

    /** The key the program reads with: the environment's, else the saved one. */
    public Optional<String> effectiveKey() {
        return keyFromEnvironment() ? Optional.of(environment.get(TOKEN_VARIABLE).strip()) : storedKey();
    }

    /** Empty when the text can be a service key; else the Russian reason it cannot. */
    public static Optional<String> problemWith(String key) {
        String k = key == null ? "" : key.strip();
        if (k.isEmpty()) {
            return Optional.of(Tr.tr("social.key.empty"));
        }
        if (!KEY.matcher(k).matches()) {
            return Optional.of(Tr.tr("social.key.invalid"));
        }
        return Optional.empty();
    }

    /** Saves a key (stripped); an empty text removes the saved key. A file that cannot be written: a {@link DeskException}. */
    public void saveKey(String key) {
        String k = key == null ? "" : key.strip();
        if (k.isEmpty()) {
            Refusals.said(() -> {
                keyFile.clear();
                return null;
            });
            return;
        }
        problemWith(k).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        Refusals.said(() -> {
            keyFile.save(k);
            return null;
        });
    }

    /**
     * Asks VK something every service key may read ({@code groups.getById} for VK's own community)
     * and says in Russian whether the key works. Never throws for a platform's answer.
     */
    public Verdict check(String key) {
        Optional<String> problem = problemWith(key);
        if (problem.isPresent()) {
            return new Verdict(false, problem.get());
        }
        try {
            VkGroup g = vk(key.strip()).group(CHECK_GROUP);
            return new Verdict(true, Tr.tr("social.check.works", g.name()));
        } catch (PlatformFailure f) {
            return new Verdict(false, f.getMessage());
        }
    }

    /** A VK reader with the effective key; a typed «ключ не задан» failure when there is none. */
    public VkClient vk() {
        return vk(effectiveKey().orElse(""));
    }

    private VkClient vk(String key) {
        return new VkClient(new VkApi(VkApi.baseFromEnvironment(environment), key, vkFetch, now), zone);
    }

    /** The public Telegram preview reader ({@code OFFICIAL_PAGES_TELEGRAM_PREVIEW} overrides the address). */
    public TelegramPreview telegram() {
        return new TelegramPreview(TelegramPreview.baseFromEnvironment(environment), telegramFetch, zone);
    }

    /**
     * The reader of a network's pages, where there is one: VK with a key, Telegram always. Odnoklassniki
     * and MAX have none ({@link #whyNotRead}).
     */
    public Optional<Connector> connector(String networkCode) {
        return switch (networkCode) {
            case Network.VK -> effectiveKey().isPresent() ? Optional.of(new VkConnector(vk())) : Optional.empty();
            case Network.TELEGRAM -> Optional.of(telegram());
            default -> Optional.empty();
        };
    }

    /** Why a network's pages are not read, in Russian, for the page's note; empty when they are. */
    public Optional<String> whyNotRead(String networkCode) {
        if (connector(networkCode).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(switch (networkCode) {
            case Network.VK -> Tr.tr("connect.vk.noKey");
            case Network.OK -> Tr.tr("social.other.ok");
            case Network.MAX -> Tr.tr("social.other.max");
            default -> Tr.tr("social.other.none");
        });
    }
}
