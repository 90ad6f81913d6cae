package ru.officialpages.rules;

import java.util.Collection;
import java.util.Optional;
import ru.officialpages.domain.Page;

/**
 * Which registry page a post link belongs to: the one answer the post log, the plan's
 * «Опубликовано…», the message list and every importer share (it was written four times).
 * A page whose address cannot be read is never the page of a post.
 */
public final class PostPages {
    private PostPages() {
    }

    /** The first page, not deleted, that {@code post} is on. */
    public static Optional<Page> pageOf(PostLink post, Collection<Page> pages) {
        for (Page p : pages) {
            if (p.deletedOn() == null && isOn(post, p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code post} is a post of {@code page} (deleted or not). */
    public static boolean isOn(PostLink post, Page page) {
        return address(page.address()).map(post::isOn).orElse(false);
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
