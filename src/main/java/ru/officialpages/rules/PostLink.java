package ru.officialpages.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.officialpages.domain.Network;
import ru.officialpages.i18n.Tr;

/**
 * A link to one post, checked and in its canonical form, so the post log (a post on three
 * pages is three entries) can refuse a second entry for the same post and find its page.
 *
 * <p>Canonical forms: {@code https://vk.com/wall-123_456} (also from
 * {@code vk.com/club123?w=wall-123_456}); {@code https://ok.ru/group/123/topic/456},
 * {@code https://ok.ru/name/topic/456}, {@code https://ok.ru/profile/123/statuses/456};
 * {@code https://t.me/name/123} (also from {@code t.me/s/name/123}),
 * {@code https://t.me/c/123/45}; {@code https://max.ru/name/Id}, {@code https://max.ru/c/-123/Id}
 * (MAX's "copy link" gives a channel name or a chat number followed by a message id in
 * base64url; the id keeps its case).
 *
 * <p>{@code page} is the page the post is on when the link names it. A VK wall link names
 * its page only by number ({@code wall-123_456} → {@code https://vk.com/club123}), while the
 * registry may hold the page under its short name; such a page is marked
 * {@code pageIsCandidate}, and {@code ownerId} (−123) lets {@link #isOn(PageAddress)} match a
 * registry page addressed {@code club123} or {@code public123}. Links by chat number
 * ({@code t.me/c/…}, {@code max.ru/c/…}) give an {@code ownerId} and no page.
 */
public record PostLink(
        String networkCode,
        String postUrl,
        String postId,
        Optional<PageAddress> page,
        boolean pageIsCandidate,
        OptionalLong ownerId) {

    public PostLink {
        Objects.requireNonNull(networkCode, "networkCode");
        Objects.requireNonNull(postUrl, "postUrl");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(ownerId, "ownerId");
    }

    /** Either a post link or a Russian message saying why the text is not one. */
    public record Result(PostLink post, String error) {
        public Result {
            if ((post == null) == (error == null)) {
                throw new IllegalArgumentException("exactly one of post and error");
            }
        }

        static Result invalid(String error) {
            return new Result(null, error);
        }

        public boolean isValid() {
            return post != null;
        }

        /** The post link; for callers that have already checked {@link #isValid()}. */
        public PostLink orElseThrow() {
            if (post == null) {
                throw new IllegalArgumentException(error);
            }
            return post;
        }
    }

    private static final Pattern VK_WALL = Pattern.compile("wall(-?[1-9][0-9]{0,17})_([1-9][0-9]{0,17})");
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern CHAT_ID = Pattern.compile("-?[1-9][0-9]{0,17}");

    /** Checks and normalises a pasted post link. Never throws; null and blanks are errors. */
    public static Result parse(String text) {
        WebLink link;
        try {
            link = WebLink.split(text);
        } catch (WebLink.Rejected r) {
            return Result.invalid(PageAddress.rejection(r, true));
        }
        String network = PageAddress.pageNetwork(link.host());
        if (network == null) {
            String family = PageAddress.networkFamily(link.host());
            return Result.invalid(family != null
                    ? Tr.tr("postlink.error.notPost", link.host(), PageAddress.networkName(family), example(family))
                    : Tr.tr("postlink.error.otherSite", link.host()));
        }
        PostLink post;
        switch (network) {
            case Network.VK:
                post = vk(link);
                break;
            case Network.OK:
                post = ok(link.segments());
                break;
            case Network.TELEGRAM:
                post = telegram(link.segments());
                break;
            default:
                post = max(link.segments());
                break;
        }
        if (post != null) {
            return new Result(post, null);
        }
        if (PageAddress.of(link).isValid()) {
            return Result.invalid(Tr.tr("postlink.error.pageLink"));
        }
        String shown = link.host() + (link.path().isEmpty() ? "" : link.path());
        return Result.invalid(Tr.tr("postlink.error.notPost", shown, PageAddress.networkName(network), example(network)));
    }

    /**
     * True when this post is on {@code registered}: the same page address, or for VK the same
     * owner number ({@code club123}/{@code public123}/{@code event123} for −123, {@code id123}
     * for 123). A page registered by short name cannot be matched to a wall link offline.
     */
    public boolean isOn(PageAddress registered) {
        if (!registered.networkCode().equals(networkCode)) {
            return false;
        }
        PageAddress.Result normal = PageAddress.parse(registered.address());
        String address = normal.isValid() ? normal.page().address() : registered.address();
        if (page.isPresent() && page.get().address().equals(address)) {
            return true;
        }
        if (networkCode.equals(Network.VK) && ownerId.isPresent()) {
            long owner = ownerId.getAsLong();
            OptionalLong community = registered.vkCommunityId();
            OptionalLong user = registered.vkUserId();
            return (community.isPresent() && community.getAsLong() == -owner)
                    || (user.isPresent() && user.getAsLong() == owner);
        }
        return false;
    }

    private static PostLink vk(WebLink link) {
        String item = link.queryParam("w");
        Optional<PageAddress> named = Optional.empty();
        if (item != null) {
            PageAddress.Result page = PageAddress.vkPath(link.segments());
            if (page.isValid()) {
                named = Optional.of(page.page());
            }
        } else if (link.segments().size() == 1) {
            item = link.segments().get(0);
        } else {
            return null;
        }
        Matcher m = VK_WALL.matcher(item.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long owner = Long.parseLong(m.group(1));
        String postId = m.group(1) + "_" + m.group(2);
        String url = PageAddress.VK_BASE + "wall" + postId;
        if (named.isPresent()) {
            return new PostLink(Network.VK, url, postId, named, false, OptionalLong.of(owner));
        }
        String byNumber = PageAddress.VK_BASE + (owner < 0 ? "club" + -owner : "id" + owner);
        return new PostLink(Network.VK, url, postId, Optional.of(new PageAddress(Network.VK, byNumber)), true,
                OptionalLong.of(owner));
    }

    private static PostLink ok(List<String> segments) {
        if (segments.size() < 3) {
            return null;
        }
        List<String> s = PageAddress.okSegments(segments);
        int n = s.size();
        String kind = s.get(n - 2);
        String id = s.get(n - 1);
        if (!(kind.equals("topic") || kind.equals("statuses")) || !DIGITS.matcher(id).matches()) {
            return null;
        }
        PageAddress.Result page = PageAddress.ok(s.subList(0, n - 2));
        if (!page.isValid()) {
            return null;
        }
        String pageAddress = page.page().address();
        OptionalLong owner = OptionalLong.empty();
        if (n == 4 && (s.get(0).equals("group") || s.get(0).equals("profile"))) {
            owner = OptionalLong.of(Long.parseLong(s.get(1)));
        }
        return new PostLink(Network.OK, pageAddress + "/" + kind + "/" + id, id, Optional.of(page.page()), false,
                owner);
    }

    private static PostLink telegram(List<String> segments) {
        List<String> s = segments;
        if (s.size() == 3 && s.get(0).equals("s")) {
            s = s.subList(1, 3);
        }
        if (s.size() == 3 && s.get(0).equals("c") && DIGITS.matcher(s.get(1)).matches()
                && DIGITS.matcher(s.get(2)).matches()) {
            return new PostLink(Network.TELEGRAM, PageAddress.TG_BASE + "c/" + s.get(1) + "/" + s.get(2), s.get(2),
                    Optional.empty(), false, OptionalLong.of(Long.parseLong(s.get(1))));
        }
        if (s.size() != 2 || !DIGITS.matcher(s.get(1)).matches()) {
            return null;
        }
        PageAddress.Result page = PageAddress.telegram(s.subList(0, 1));
        if (!page.isValid()) {
            return null;
        }
        return new PostLink(Network.TELEGRAM, page.page().address() + "/" + s.get(1), s.get(1),
                Optional.of(page.page()), false, OptionalLong.empty());
    }

    private static PostLink max(List<String> segments) {
        if (segments.size() == 3 && segments.get(0).equalsIgnoreCase("c")
                && CHAT_ID.matcher(segments.get(1)).matches() && PageAddress.MAX_POST_ID.matcher(segments.get(2)).matches()) {
            return new PostLink(Network.MAX, PageAddress.MAX_BASE + "c/" + segments.get(1) + "/" + segments.get(2),
                    segments.get(2), Optional.empty(), false, OptionalLong.of(Long.parseLong(segments.get(1))));
        }
        if (segments.size() != 2 || !PageAddress.MAX_POST_ID.matcher(segments.get(1)).matches()) {
            return null;
        }
        PageAddress.Result page = PageAddress.max(segments.subList(0, 1));
        if (!page.isValid() || page.page().address().startsWith(PageAddress.MAX_BASE + "join/")) {
            return null;
        }
        return new PostLink(Network.MAX, page.page().address() + "/" + segments.get(1), segments.get(1),
                Optional.of(page.page()), false, OptionalLong.empty());
    }

    private static String example(String network) {
        switch (network) {
            case Network.VK:
                return "https://vk.com/wall-123_456";
            case Network.OK:
                return "https://ok.ru/group/123/topic/456";
            case Network.TELEGRAM:
                return "https://t.me/name/123";
            default:
                return "https://max.ru/name/AbC123";
        }
    }
}
