package ru.officialpages.rules;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PageIdentity;

/**
 * Which registry page a post link belongs to: the one answer the post log, the plan's
 * «Опубликовано…», the message list and every importer share (it was written four times).
 * A link names its page by address, or only by the platform's number ({@code vk.com/wall-210001_99});
 * a page registered by short name is found by the number the program has learned for it
 * ({@link PageIdentity}, issue 16). A page whose address cannot be read is never the page of a post.
 */
public final class PostPages {
    private static final Pattern OK_GROUP = Pattern.compile("https://ok\\.ru/group/([0-9]{1,18})");
    private static final Pattern VK_NUMBER = Pattern.compile("(club|public|event|id)?(-?[0-9]{1,18})");

    private PostPages() {
    }

    /** What a link says about a page the clerk or a file named as its page. */
    public sealed interface Verdict permits On, Learn, Taken, Elsewhere {
    }

    /** The link is a post of the page. */
    public record On() implements Verdict {
    }

    /** The link is taken to be a post of the page, and the page's number is to be remembered. */
    public record Learn(PageIdentity identity) implements Verdict {
    }

    /** The link's number is known to be another page's. */
    public record Taken(long otherPageId) implements Verdict {
    }

    /** The link names another page (another address, another number, another network). */
    public record Elsewhere() implements Verdict {
    }

    /** The first page, not deleted, that {@code post} is on, by address only. */
    public static Optional<Page> pageOf(PostLink post, Collection<Page> pages) {
        return pageOf(post, pages, List.of());
    }

    /** The first page, not deleted, that {@code post} is on: by address, else by a learned number. */
    public static Optional<Page> pageOf(PostLink post, Collection<Page> pages, Collection<PageIdentity> identities) {
        for (Page p : pages) {
            if (p.deletedOn() == null && isOn(post, p)) {
                return Optional.of(p);
            }
        }
        Optional<PageIdentity> known = owner(post, identities);
        if (known.isPresent()) {
            for (Page p : pages) {
                if (p.deletedOn() == null && p.id() == known.get().pageId()) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code post} is a post of {@code page} (deleted or not), by its address. */
    public static boolean isOn(PostLink post, Page page) {
        return address(page.address()).map(post::isOn).orElse(false);
    }

    /** Whether {@code post} is a post of {@code page} by its address or its learned number. */
    public static boolean isOn(PostLink post, Page page, Collection<PageIdentity> identities) {
        return isOn(post, page) || owner(post, identities).map(i -> i.pageId() == page.id()).orElse(false);
    }

    /**
     * Whether {@code post} may be a post of {@code page}, named by the clerk or by an import line:
     * on it; to be learned (the link names its page only by a number nobody holds, and the page's
     * own number is not known otherwise); taken by another page; or elsewhere.
     */
    public static Verdict verdict(PostLink post, Page page, Collection<PageIdentity> identities,
            PageIdentity.Source source) {
        if (!post.networkCode().equals(page.networkCode())) {
            return new Elsewhere();
        }
        if (isOn(post, page)) {
            return new On();
        }
        if (post.ownerId().isEmpty() || (post.page().isPresent() && !post.pageIsCandidate())) {
            return new Elsewhere();
        }
        Optional<PageIdentity> known = owner(post, identities);
        if (known.isPresent()) {
            return known.get().pageId() == page.id() ? new On() : new Taken(known.get().pageId());
        }
        boolean numbered = identities.stream().anyMatch(i -> i.pageId() == page.id()) || ownerOf(page).isPresent();
        if (numbered) {
            return new Elsewhere();
        }
        return new Learn(new PageIdentity(page.id(), page.networkCode(), post.ownerId().getAsLong(), source));
    }

    /** The number a page's own address shows ({@code vk.com/club210001} → −210001, {@code ok.ru/group/57} → 57). */
    public static OptionalLong ownerOf(Page page) {
        Optional<PageAddress> a = address(page.address());
        if (a.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong community = a.get().vkCommunityId();
        if (community.isPresent()) {
            return OptionalLong.of(-community.getAsLong());
        }
        OptionalLong user = a.get().vkUserId();
        if (user.isPresent()) {
            return user;
        }
        Matcher m = OK_GROUP.matcher(a.get().address());
        return a.get().networkCode().equals(Network.OK) && m.matches()
                ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /**
     * A number as the clerk types it in the page card: for VK {@code club210001}, {@code public210001}
     * or a bare number for a community, {@code id123} for a personal page, or the owner number as
     * links carry it ({@code -210001}); for OK the group's number. Empty when it is not one.
     */
    public static OptionalLong parseOwner(String networkCode, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher m = VK_NUMBER.matcher(t);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        long n = Long.parseLong(m.group(2));
        if (n == 0 || (m.group(1) != null && n < 0)) {
            return OptionalLong.empty();
        }
        if (!networkCode.equals(Network.VK)) {
            return m.group(1) == null && n > 0 ? OptionalLong.of(n) : OptionalLong.empty();
        }
        if ("id".equals(m.group(1))) {
            return OptionalLong.of(n);
        }
        return OptionalLong.of(n < 0 ? n : -n);
    }

    /** A number as the page card shows it: {@code club210001}, {@code id123}, or the OK group's number. */
    public static String ownerText(String networkCode, long ownerId) {
        if (networkCode.equals(Network.VK)) {
            return ownerId < 0 ? "club" + -ownerId : "id" + ownerId;
        }
        return Long.toString(ownerId);
    }

    private static Optional<PageIdentity> owner(PostLink post, Collection<PageIdentity> identities) {
        if (post.ownerId().isEmpty()) {
            return Optional.empty();
        }
        long owner = post.ownerId().getAsLong();
        return identities.stream().filter(i -> i.networkCode().equals(post.networkCode()) && i.ownerId() == owner)
                .findFirst();
    }

    /** The page's address read, or empty when it is not one. */
    public static Optional<PageAddress> address(String address) {
        if (address == null) {
            return Optional.empty();
        }
        PageAddress.Result r = PageAddress.parse(address);
        return r.isValid() ? Optional.of(r.page()) : Optional.empty();
    }
}
