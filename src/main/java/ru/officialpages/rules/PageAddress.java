package ru.officialpages.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.officialpages.domain.Network;
import ru.officialpages.i18n.Tr;

/**
 * The address of an official page, checked and in its normal form, with the network it is in.
 * Two spellings of one page ({@code http://m.vk.com/Club123/?from=groups},
 * {@code vk.com/club123}) have one normal form, so the registry and its address history
 * (novoaltaysk-608 §3.3) compare addresses by plain equality.
 *
 * <p>Normal forms: {@code https://vk.com/club123}, {@code https://vk.com/public123},
 * {@code https://vk.com/id123}, {@code https://vk.com/name}; {@code https://ok.ru/group/123},
 * {@code https://ok.ru/profile/123}, {@code https://ok.ru/name}; {@code https://t.me/name};
 * {@code https://max.ru/name}, {@code https://max.ru/join/Token}. Names are lower case because
 * all four networks treat them so; MAX invitation tokens keep their case, they are opaque.
 *
 * <p>An address on any other site is allowed with network {@link Network#OTHER} (a network
 * the user added to the list), but only as an {@code https://} address: we cannot know that
 * an unknown site serves https, so an explicit {@code http://} is refused rather than
 * silently changed. Its path and query are kept (the site may need them); only the
 * fragment and trailing slashes go.
 */
public record PageAddress(String networkCode, String address) {

    public PageAddress {
        Objects.requireNonNull(networkCode, "networkCode");
        Objects.requireNonNull(address, "address");
    }

    /** Either a page or a Russian message saying why the text is not a page's address. */
    public record Result(PageAddress page, String error) {
        public Result {
            if ((page == null) == (error == null)) {
                throw new IllegalArgumentException("exactly one of page and error");
            }
        }

        static Result valid(String network, String address) {
            return new Result(new PageAddress(network, address), null);
        }

        static Result invalid(String error) {
            return new Result(null, error);
        }

        public boolean isValid() {
            return page != null;
        }

        /** The page; for callers that have already checked {@link #isValid()}. */
        public PageAddress orElseThrow() {
            if (page == null) {
                throw new IllegalArgumentException(error);
            }
            return page;
        }
    }

    /** Checks and normalises what the user pasted. Never throws; null and blanks are errors. */
    public static Result parse(String text) {
        WebLink link;
        try {
            link = WebLink.split(text);
        } catch (WebLink.Rejected r) {
            return Result.invalid(rejection(r, false));
        }
        return of(link);
    }

    /**
     * The number in a VK community address ({@code club123}, {@code public123},
     * {@code event123} → 123): VK posts name their page by this number, not by the short name.
     */
    public OptionalLong vkCommunityId() {
        return vkNumber(false);
    }

    /** The number in a VK personal page address ({@code id123} → 123). */
    public OptionalLong vkUserId() {
        return vkNumber(true);
    }

    private OptionalLong vkNumber(boolean user) {
        // Stored addresses may predate normalisation, so read them through parse() again.
        Result normal = parse(address);
        if (networkCode.equals(Network.VK) && normal.isValid() && normal.page().networkCode().equals(Network.VK)) {
            Matcher m = VK_NUMERIC.matcher(normal.page().address().substring(VK_BASE.length()));
            if (m.matches() && m.group(1).equals("id") == user) {
                return OptionalLong.of(Long.parseLong(m.group(2)));
            }
        }
        return OptionalLong.empty();
    }

    static final String VK_BASE = "https://vk.com/";
    static final String OK_BASE = "https://ok.ru/";
    static final String TG_BASE = "https://t.me/";
    static final String MAX_BASE = "https://max.ru/";

    static final Pattern VK_NUMERIC = Pattern.compile("(club|public|event|id)([1-9][0-9]{0,17})");
    static final Pattern VK_NAME = Pattern.compile("[a-z0-9_.]{2,32}");
    /** Publications and media on VK: {@code wall-1_2}, {@code photo5_6}, {@code video-1_2} … */
    static final Pattern VK_ITEM = Pattern.compile(
            "(wall|photo|video|clip|topic|story|poll|podcast|product|doc|note|audio|market)(-?[0-9]{1,19})_([0-9]{1,19})\\S*");
    static final Pattern OK_ID = Pattern.compile("[1-9][0-9]{0,19}");
    static final Pattern OK_GROUP_JOINED = Pattern.compile("group([1-9][0-9]{0,19})");
    static final Pattern OK_NAME = Pattern.compile("[a-z0-9_.-]{2,64}");
    /** Telegram usernames: a letter first, then letters, digits and underscores, 4–32 in all. */
    static final Pattern TG_NAME = Pattern.compile("[a-z][a-z0-9_]{2,30}[a-z0-9]");
    static final Pattern MAX_NAME = Pattern.compile("[a-z0-9_.-]{2,64}");
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{4,128}");
    /** MAX message ids: a number or its base64url form, as the "copy link" command gives them. */
    static final Pattern MAX_POST_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");

    /** VK sections that are not pages; the ones VK's own menus and footers link to. */
    private static final Set<String> VK_SERVICE = Set.of(
            "feed", "im", "login", "logout", "join", "settings", "friends", "groups", "search", "audio", "audios",
            "video", "videos", "music", "photos", "albums", "docs", "apps", "app", "games", "market", "mail",
            "messages", "notifications", "bookmarks", "fave", "away.php", "share.php", "dev", "support", "help",
            "about", "terms", "privacy", "blog", "jobs", "legal", "ads", "biz", "clips", "stories", "services",
            "stickers", "restore", "edit", "verify", "reg", "blank", "podcasts", "live", "discover", "pay",
            "vkpay", "calls", "communities", "events", "wall", "gifts", "stats", "id", "club", "public", "event",
            "page", "pages", "topic", "board", "dating", "widget_community.php", "id0", "al_feed.php", "mobile");
    private static final Set<String> OK_SERVICE = Set.of(
            "feed", "messages", "discussions", "marks", "guests", "notifications", "friends", "groups", "games",
            "game", "apps", "app", "music", "video", "live", "search", "settings", "dk", "payment", "gifts",
            "presents", "market", "mall", "photos", "hobby", "help", "regulations", "vitrine", "bookmarks",
            "events", "holidays", "blacklist", "group", "profile", "login", "logout", "mobile");
    /** Tabs of an OK page; an address copied while on one of them still names the page. */
    private static final Set<String> OK_TABS = Set.of(
            "topics", "statuses", "photos", "albums", "video", "members", "about", "friends", "groups");
    private static final Set<String> TG_SERVICE = Set.of(
            "c", "s", "addstickers", "addemoji", "share", "proxy", "socks", "iv", "login", "setlanguage",
            "addtheme", "bg", "invoice", "boost", "addlist", "contact", "confirmphone", "m", "k", "a", "z");
    private static final Set<String> MAX_SERVICE = Set.of(
            "login", "logout", "tos", "terms", "privacy", "policy", "legal", "download", "help", "support", "faq",
            "about", "business", "partners", "joincall", "stickerset", "share", "settings", "app", "apps", "web",
            "u", "c", "join");

    static Result of(WebLink link) {
        String network = pageNetwork(link.host());
        if (network == null) {
            String family = networkFamily(link.host());
            if (family != null) {
                return Result.invalid(Tr.tr("address.error.networkHost", link.host()));
            }
            return other(link);
        }
        if (link.port() != -1 && link.port() != 443 && link.port() != 80) {
            return Result.invalid(Tr.tr("address.error.notUrl"));
        }
        switch (network) {
            case Network.VK:
                return vk(link);
            case Network.OK:
                return ok(link.segments());
            case Network.TELEGRAM:
                return telegram(link.segments());
            default:
                return max(link.segments());
        }
    }

    /** The network whose pages live on this host, or null. */
    static String pageNetwork(String host) {
        String h = host.startsWith("www.") ? host.substring(4) : host.startsWith("m.") ? host.substring(2) : host;
        switch (h) {
            case "vk.com":
            case "vk.ru":
            case "vkontakte.ru": // the old name still redirects to vk.com
                return Network.VK;
            case "ok.ru":
            case "odnoklassniki.ru":
                return Network.OK;
            case "t.me":
            case "telegram.me":
            case "telegram.dog": // Telegram's documented aliases of t.me
                return Network.TELEGRAM;
            case "max.ru":
                return Network.MAX;
            default:
                return null;
        }
    }

    /** The network a host belongs to even when it serves no pages (vk.cc, web.telegram.org…). */
    static String networkFamily(String host) {
        for (String d : List.of("vk.com", "vk.ru", "vkontakte.ru", "vk.me", "vk.cc", "vk.link", "vkvideo.ru")) {
            if (host.equals(d) || host.endsWith("." + d)) {
                return Network.VK;
            }
        }
        for (String d : List.of("ok.ru", "odnoklassniki.ru", "ok.me")) {
            if (host.equals(d) || host.endsWith("." + d)) {
                return Network.OK;
            }
        }
        for (String d : List.of("t.me", "telegram.me", "telegram.org", "telegram.dog", "telesco.pe")) {
            if (host.equals(d) || host.endsWith("." + d)) {
                return Network.TELEGRAM;
            }
        }
        for (String d : List.of("max.ru", "oneme.ru")) {
            if (host.equals(d) || host.endsWith("." + d)) {
                return Network.MAX;
            }
        }
        return null;
    }

    private static Result vk(WebLink link) {
        Result path = vkPath(link.segments());
        // vk.com/club1?w=wall-1_2 is a post opened over its page: VK's own "copy link" gives this.
        for (String param : List.of("w", "z")) {
            String value = link.queryParam(param);
            if (value != null && VK_ITEM.matcher(value.toLowerCase(Locale.ROOT)).matches()) {
                return path.isValid()
                        ? Result.invalid(Tr.tr("address.error.postLink.page", path.page().address()))
                        : postLink(value.toLowerCase(Locale.ROOT));
            }
        }
        return path;
    }

    static Result vkPath(List<String> segments) {
        if (segments.isEmpty()) {
            return Result.invalid(Tr.tr("address.error.noName", "vk.com"));
        }
        String first = segments.get(0).toLowerCase(Locale.ROOT);
        if (VK_ITEM.matcher(first).matches()) {
            return postLink(first);
        }
        if (segments.size() > 1) {
            return notPage("vk.com/" + first + "/…", Network.VK);
        }
        if (VK_NUMERIC.matcher(first).matches()) {
            return Result.valid(Network.VK, VK_BASE + first);
        }
        if (VK_SERVICE.contains(first)) {
            return Result.invalid(Tr.tr("address.error.service", "vk.com/" + first, networkName(Network.VK)));
        }
        if (VK_NAME.matcher(first).matches() && HAS_LETTER.matcher(first).matches()
                && !first.startsWith(".") && !first.endsWith(".")) {
            return Result.valid(Network.VK, VK_BASE + first);
        }
        return notPage("vk.com/" + first, Network.VK);
    }

    /** A VK post link's message, naming the page when its owner number gives one. */
    private static Result postLink(String vkItem) {
        Matcher m = VK_ITEM.matcher(vkItem);
        if (m.matches() && m.group(1).equals("wall")) {
            String owner = m.group(2);
            String page = owner.startsWith("-") ? "club" + owner.substring(1) : "id" + owner;
            if (VK_NUMERIC.matcher(page).matches()) {
                return Result.invalid(Tr.tr("address.error.postLink.page", VK_BASE + page));
            }
        }
        return Result.invalid(Tr.tr("address.error.postLink"));
    }

    static Result ok(List<String> segments) {
        if (segments.isEmpty()) {
            return Result.invalid(Tr.tr("address.error.noName", "ok.ru"));
        }
        List<String> s = okSegments(segments);
        String first = s.get(0);
        String page;
        int rest;
        if ((first.equals("group") || first.equals("profile")) && s.size() >= 2 && OK_ID.matcher(s.get(1)).matches()) {
            page = OK_BASE + first + "/" + s.get(1);
            rest = 2;
        } else if (OK_SERVICE.contains(first)) {
            return Result.invalid(Tr.tr("address.error.service", "ok.ru/" + first, networkName(Network.OK)));
        } else if (OK_NAME.matcher(first).matches() && HAS_LETTER.matcher(first).matches()) {
            page = OK_BASE + first;
            rest = 1;
        } else {
            return notPage("ok.ru/" + first, Network.OK);
        }
        if (s.size() == rest) {
            return Result.valid(Network.OK, page);
        }
        String tab = s.get(rest);
        if ((tab.equals("topic") || tab.equals("statuses")) && s.size() == rest + 2) {
            return Result.invalid(Tr.tr("address.error.postLink.page", page));
        }
        if (s.size() == rest + 1 && OK_TABS.contains(tab)) {
            return Result.valid(Network.OK, page);
        }
        return notPage(page.substring("https://".length()) + "/" + tab, Network.OK);
    }

    /** Lower case, with the old {@code group123} spelling split into {@code group/123}. */
    static List<String> okSegments(List<String> segments) {
        List<String> s = new java.util.ArrayList<>(segments.size() + 1);
        for (String segment : segments) {
            s.add(segment.toLowerCase(Locale.ROOT));
        }
        Matcher joined = OK_GROUP_JOINED.matcher(s.get(0));
        if (joined.matches()) {
            s.set(0, "group");
            s.add(1, joined.group(1));
        }
        return s;
    }

    static Result telegram(List<String> segments) {
        if (segments.isEmpty()) {
            return Result.invalid(Tr.tr("address.error.noName", "t.me"));
        }
        List<String> s = segments;
        // t.me/s/name is the web preview of the channel t.me/name.
        if (s.get(0).equals("s") && s.size() >= 2) {
            s = s.subList(1, s.size());
        }
        String first = s.get(0);
        if (first.startsWith("+") || first.equalsIgnoreCase("joinchat")) {
            return Result.invalid(Tr.tr("address.error.invite"));
        }
        String name = first.toLowerCase(Locale.ROOT);
        if (TG_SERVICE.contains(name)) {
            return Result.invalid(Tr.tr("address.error.service", "t.me/" + name, networkName(Network.TELEGRAM)));
        }
        if (!TG_NAME.matcher(name).matches()) {
            return notPage("t.me/" + first, Network.TELEGRAM);
        }
        if (s.size() == 1) {
            return Result.valid(Network.TELEGRAM, TG_BASE + name);
        }
        if (s.size() == 2 && s.get(1).chars().allMatch(Character::isDigit)) {
            return Result.invalid(Tr.tr("address.error.postLink.page", TG_BASE + name));
        }
        return notPage("t.me/" + name + "/…", Network.TELEGRAM);
    }

    /**
     * MAX: {@code max.ru/name} (also {@code max.ru/@name}) is a public channel;
     * {@code max.ru/join/Token} is an invitation to a channel without a public name — a small
     * body may have only that (public names need a large audience), so it is a page address;
     * {@code max.ru/name/Id} and {@code max.ru/c/chat/Id} are posts.
     */
    static Result max(List<String> segments) {
        if (segments.isEmpty()) {
            return Result.invalid(Tr.tr("address.error.noName", "max.ru"));
        }
        String first = segments.get(0).toLowerCase(Locale.ROOT);
        if (first.equals("join")) {
            if (segments.size() == 2 && TOKEN.matcher(segments.get(1)).matches()) {
                return Result.valid(Network.MAX, MAX_BASE + "join/" + segments.get(1));
            }
            return notPage("max.ru/join/…", Network.MAX);
        }
        if (first.equals("c") && segments.size() == 3) {
            return Result.invalid(Tr.tr("address.error.postLink"));
        }
        if (first.startsWith("@")) {
            first = first.substring(1);
        }
        if (MAX_SERVICE.contains(first) || first.startsWith(":")) {
            return Result.invalid(Tr.tr("address.error.service", "max.ru/" + first, networkName(Network.MAX)));
        }
        if (!MAX_NAME.matcher(first).matches() || !HAS_LETTER.matcher(first).matches()) {
            return notPage("max.ru/" + first, Network.MAX);
        }
        if (segments.size() == 1) {
            return Result.valid(Network.MAX, MAX_BASE + first);
        }
        if (segments.size() == 2 && MAX_POST_ID.matcher(segments.get(1)).matches()) {
            return Result.invalid(Tr.tr("address.error.postLink.page", MAX_BASE + first));
        }
        return notPage("max.ru/" + first + "/…", Network.MAX);
    }

    private static Result other(WebLink link) {
        if ("http".equals(link.scheme())) {
            return Result.invalid(Tr.tr("address.error.otherHttp", link.host()));
        }
        StringBuilder a = new StringBuilder("https://").append(link.host());
        if (link.port() != -1 && link.port() != 443) {
            a.append(':').append(link.port());
        }
        String path = link.path();
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        a.append(path, 0, end);
        if (link.query() != null && !link.query().isEmpty()) {
            a.append('?').append(link.query());
        }
        return Result.valid(Network.OTHER, a.toString());
    }

    private static Result notPage(String what, String network) {
        return Result.invalid(Tr.tr("address.error.notPage", what, networkName(network), example(network)));
    }

    static String example(String network) {
        switch (network) {
            case Network.VK:
                return "https://vk.com/club123, https://vk.com/name";
            case Network.OK:
                return "https://ok.ru/group/123, https://ok.ru/name";
            case Network.TELEGRAM:
                return "https://t.me/name";
            default:
                return "https://max.ru/name";
        }
    }

    static String networkName(String network) {
        switch (network) {
            case Network.VK:
                return Tr.tr("address.network.vk");
            case Network.OK:
                return Tr.tr("address.network.ok");
            case Network.TELEGRAM:
                return Tr.tr("address.network.telegram");
            default:
                return Tr.tr("address.network.max");
        }
    }

    /** The message for a text that is not a web link at all; shared with {@link PostLink}. */
    static String rejection(WebLink.Rejected r, boolean post) {
        switch (r.problem) {
            case EMPTY:
                return Tr.tr(post ? "postlink.error.empty" : "address.error.empty");
            case TOO_LONG:
                return Tr.tr("address.error.tooLong", WebLink.MAX_LENGTH);
            case SCHEME:
                return Tr.tr("address.error.scheme", r.detail);
            case USER_INFO:
                return Tr.tr("address.error.userInfo");
            case BARE_NAME:
                return Tr.tr("address.error.bareName", r.detail);
            default:
                return Tr.tr(post ? "postlink.error.notUrl" : "address.error.notUrl");
        }
    }
}
