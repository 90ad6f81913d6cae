package ru.officialpages.connect;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.i18n.Tr;

/**
 * A public Telegram channel through its web preview {@code https://t.me/s/NAME}: posts, local
 * times, texts, formats and views ("1,2K" is kept as approximate). Older posts come with
 * {@code ?before=N}. A channel whose owner switched the preview off gets a per-page note
 * ({@link PlatformFailure.Kind#NO_PREVIEW}). No key and no login are needed.
 */
public final class TelegramPreview implements Connector {
    public static final String DEFAULT_BASE = "https://t.me/s/";
    /** A channel read stops after this many preview pages (about 20 posts each) and says so. */
    public static final int MAX_PAGES = 100;
    static final int MAX_POSTS_PER_PAGE = 200;
    static final int MAX_TEXT = 20_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");
    private static final Pattern DATA_POST = Pattern.compile("([A-Za-z0-9_]{1,64})/(\\d{1,12})");
    private static final Pattern VIEWS = Pattern.compile("(\\d{1,12})(?:[.,](\\d{1,3}))?\\s*([KMКМ]?)",
            Pattern.CASE_INSENSITIVE);
    private final URI base;
    private final WebFetch fetch;
    private final ZoneId zone;

    public TelegramPreview(String base, WebFetch fetch, ZoneId zone) {
        String b = base == null || base.isBlank() ? DEFAULT_BASE : base.strip();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.fetch = fetch;
        this.zone = zone;
    }

    /** {@code OFFICIAL_PAGES_TELEGRAM_PREVIEW} when set, else {@code https://t.me/s/}. */
    public static String baseFromEnvironment(Map<String, String> env) {
        String b = env.get("OFFICIAL_PAGES_TELEGRAM_PREVIEW");
        return b == null || b.isBlank() ? DEFAULT_BASE : b.strip();
    }

    @Override
    public String networkCode() {
        return Network.TELEGRAM;
    }

    /** One preview page: posts oldest first as the page shows them, and the id to ask {@code before} next. */
    public record Page(List<PlatformPost> posts, Optional<Long> before) {
        public Page {
            posts = List.copyOf(posts);
        }
    }

    /** The channel's name from an address: {@code t.me/adm_town}, {@code https://t.me/s/adm_town}, {@code @adm_town}. */
    public static String channelName(String address) {
        String a = address.strip().replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^(www\\.)?(t|telegram)\\.me/", "")
                .replaceFirst("^s/", "").replaceFirst("^@", "");
        int cut = a.indexOf('/');
        if (cut >= 0) {
            a = a.substring(0, cut);
        }
        cut = a.indexOf('?');
        if (cut >= 0) {
            a = a.substring(0, cut);
        }
        if (!NAME.matcher(a).matches()) {
            throw new PlatformFailure(PlatformFailure.Kind.NOT_FOUND, Tr.tr("connect.telegram.badAddress", address));
        }
        return a;
    }

    /** One page of the preview: the newest posts, or those before post {@code before}. */
    public Page page(String channel, Long before) {
        URI uri = base.resolve(URLEncoder.encode(channel, StandardCharsets.UTF_8)
                + (before == null ? "" : "?before=" + before));
        WebFetch.Answer answer = fetch.get(uri);
        if (answer.status() == 404) {
            throw new PlatformFailure(PlatformFailure.Kind.NOT_FOUND, Tr.tr("connect.telegram.notFound", channel));
        }
        if (answer.status() != 200) {
            throw new PlatformFailure(PlatformFailure.Kind.OTHER, Tr.tr("connect.telegram.http", answer.status()));
        }
        return parse(channel, answer.body(), uri.toString());
    }

    Page parse(String channel, String html, String where) {
        Document doc = Jsoup.parse(html, where);
        List<Element> messages = doc.select(".tgme_widget_message[data-post]");
        if (messages.isEmpty() && doc.selectFirst(".tgme_channel_history") == null) {
            // t.me sends a channel without a preview to its plain card page, which has no history.
            throw new PlatformFailure(PlatformFailure.Kind.NO_PREVIEW, Tr.tr("connect.telegram.noPreview", channel));
        }
        if (messages.size() > MAX_POSTS_PER_PAGE) {
            throw malformed();
        }
        List<PlatformPost> posts = new ArrayList<>();
        for (Element m : messages) {
            if (m.selectFirst(".service_message") != null) {
                continue;
            }
            posts.add(post(m));
        }
        return new Page(posts, before(doc));
    }

    private PlatformPost post(Element m) {
        Matcher id = DATA_POST.matcher(m.attr("data-post"));
        if (!id.matches()) {
            throw malformed();
        }
        Element time = m.selectFirst(".tgme_widget_message_date time[datetime]");
        if (time == null) {
            throw malformed();
        }
        LocalDateTime at;
        try {
            at = OffsetDateTime.parse(time.attr("datetime")).atZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw malformed();
        }
        Element textNode = m.selectFirst(".tgme_widget_message_bubble > .tgme_widget_message_text");
        // wholeText keeps the preview's <br> line breaks as new lines.
        String text = textNode == null ? "" : textNode.wholeText().strip();
        if (text.length() > MAX_TEXT) {
            throw malformed();
        }
        List<String> kinds = new ArrayList<>();
        boolean forwarded = m.selectFirst(".tgme_widget_message_forwarded_from") != null;
        if (m.selectFirst(".tgme_widget_message_poll") != null) {
            kinds.add("poll");
        }
        if (m.selectFirst(".tgme_widget_message_video_player") != null) {
            kinds.add(m.selectFirst(".message_video_play") != null ? "video" : "gif");
        }
        if (m.selectFirst(".tgme_widget_message_photo_wrap, .tgme_widget_message_photo") != null) {
            kinds.add("photo");
        }
        if (m.selectFirst(".tgme_widget_message_document") != null) {
            kinds.add("document");
        }
        if (m.selectFirst(".tgme_widget_message_link_preview") != null) {
            kinds.add("link");
        }
        if (forwarded) {
            kinds.add("forward");
        }
        Element views = m.selectFirst(".tgme_widget_message_views");
        Reach reach = views == null ? new Reach(null, 0, 0, 0, false) : views(views.text());
        String link = "https://t.me/" + id.group(1) + "/" + id.group(2);
        return new PlatformPost(link, at, text, format(kinds, forwarded), kinds, false, reach);
    }

    static PostFormat format(List<String> kinds, boolean forwarded) {
        if (forwarded) {
            return PostFormat.REPOST;
        }
        if (kinds.contains("poll")) {
            return PostFormat.POLL;
        }
        if (kinds.contains("video")) {
            return PostFormat.VIDEO;
        }
        if (kinds.contains("photo")) {
            return PostFormat.PHOTO;
        }
        if (kinds.contains("gif")) {
            return PostFormat.ANIMATION;
        }
        if (kinds.contains("document")) {
            return PostFormat.OTHER;
        }
        return PostFormat.TEXT;
    }

    /** "845" is exact; "1,2K", "1.2K", "3M" are rounded by Telegram and marked approximate. */
    static Reach views(String shown) {
        Matcher m = VIEWS.matcher(shown.strip());
        if (!m.matches()) {
            throw malformed();
        }
        String unit = m.group(3).toUpperCase(java.util.Locale.ROOT);
        if (unit.isEmpty() && m.group(2) == null) {
            return new Reach(Long.parseLong(m.group(1)), 0, 0, 0, false);
        }
        long scale = unit.equals("M") || unit.equals("М") ? 1_000_000L : unit.equals("K") || unit.equals("К") ? 1_000L : 1L;
        String fraction = m.group(2) == null ? "" : m.group(2);
        long whole = Long.parseLong(m.group(1)) * scale;
        long part = fraction.isEmpty() ? 0 : Long.parseLong(fraction) * scale / (long) Math.pow(10, fraction.length());
        return new Reach(whole + part, 0, 0, 0, !unit.isEmpty());
    }

    private static Optional<Long> before(Document doc) {
        Element more = doc.selectFirst("a.tme_messages_more[data-before]");
        String value = more != null ? more.attr("data-before") : null;
        if (value == null) {
            Element prev = doc.selectFirst("link[rel=prev][href]");
            if (prev != null) {
                Matcher m = Pattern.compile("[?&]before=(\\d{1,12})").matcher(prev.attr("href"));
                value = m.find() ? m.group(1) : null;
            }
        }
        if (value == null || !value.matches("\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }

    /** The channel back to {@code since}, newest first, following {@code ?before=} pages. */
    @Override
    public PageRead read(String address, LocalDateTime since) {
        String channel = channelName(address);
        List<PlatformPost> read = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Long before = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Page page = page(channel, before);
            boolean reachedDate = page.posts().isEmpty();
            for (PlatformPost p : page.posts()) {
                if (p.publishedAt().isBefore(since)) {
                    reachedDate = true;
                } else if (seen.add(p.link())) {
                    read.add(p);
                }
            }
            if (reachedDate || page.before().isEmpty() || page.before().get().equals(before)) {
                read.sort(Comparator.comparing(PlatformPost::publishedAt).reversed());
                return new PageRead(read, true);
            }
            before = page.before().get();
        }
        read.sort(Comparator.comparing(PlatformPost::publishedAt).reversed());
        return new PageRead(read, false);
    }

    private static PlatformFailure malformed() {
        return new PlatformFailure(PlatformFailure.Kind.MALFORMED, Tr.tr("connect.telegram.malformed"));
    }
}
