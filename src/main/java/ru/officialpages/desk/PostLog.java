package ru.officialpages.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PageIdentity;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostEntry;
import ru.officialpages.domain.PostFilter;
import ru.officialpages.domain.PostSort;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.PostLink;
import ru.officialpages.rules.PostPages;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;

/**
 * The post log: what was published where and when (one post, one entry), read by filter and
 * written by the clerk, an import or the plan. Every write is announced as {@link Change#POSTS},
 * so norms, Сегодня and reports follow at once.
 */
public final class PostLog {
    private final PostRepository posts;
    private final PlanRepository plan;
    private final PageDirectory pages;
    private final Changes changes;

    public PostLog(PostRepository posts, PlanRepository plan, PageDirectory pages, Changes changes) {
        this.posts = posts;
        this.plan = plan;
        this.pages = pages;
        this.changes = changes;
    }

    public int count(PostFilter f) {
        return posts.count(f);
    }

    public List<PostEntry> slice(PostFilter f, PostSort sort, int offset, int limit) {
        return posts.slice(f, sort, offset, limit);
    }

    public void stream(PostFilter f, PostSort sort, Consumer<Stream<PostEntry>> use) {
        posts.stream(f, sort, use);
    }

    public List<Post> between(LocalDateTime from, LocalDateTime toExclusive) {
        return posts.between(from, toExclusive);
    }

    /** The links already in the log, to say a duplicate on paste. */
    public Set<String> links() {
        return posts.links();
    }

    public String text(long postId) {
        return Refusals.said(() -> posts.text(postId));
    }

    /** Why {@code url} would be refused, if the log has it already: said on paste (issue 16 item 7). */
    public java.util.Optional<String> duplicate(String url) {
        try {
            Refusals.said(() -> {
                posts.refuseLogged(url);
                return null;
            });
            return java.util.Optional.empty();
        } catch (DeskException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    /** Adds a post; a link already in the log is refused in Russian, naming when it was published. */
    public Post add(Post p) {
        Post saved = Refusals.said(() -> posts.add(p));
        changes.announce(Change.POSTS);
        return saved;
    }

    /** Adds posts from an import, all or none. */
    public List<Post> addAll(Collection<Post> list) {
        List<Post> saved = Refusals.said(() -> posts.addAll(list));
        changes.announce(Change.POSTS);
        return saved;
    }

    /** A post taken out of the log, to put back on undo. */
    public static final class Deletion {
        private final PostRepository.Removed removed;

        Deletion(PostRepository.Removed removed) {
            this.removed = removed;
        }

        public Post post() {
            return removed.post();
        }
    }

    /** Takes a post out of the log; norms, Сегодня and reports follow at once. */
    public Deletion delete(long postId) {
        Deletion d = new Deletion(Refusals.said(() -> posts.delete(postId)));
        changes.announce(Change.POSTS);
        return d;
    }

    /** Puts a deleted post back as it was; refused in Russian when its link was logged again meanwhile. */
    public void restore(Deletion d) {
        Refusals.said(() -> {
            posts.restore(d.removed);
            return null;
        });
        changes.announce(Change.POSTS);
    }

    /**
     * Corrects a logged post (page, time, link, format, topic); a link another entry has is refused in Russian.
     * The page is checked as when adding (issue 16 item 1): a link whose number is known to be another
     * page's is refused naming that page; a number nobody holds is learned for the chosen page.
     */
    public Post update(Post p) {
        return update(p, java.util.OptionalLong.empty());
    }

    /** As {@link #update(Post)}, made on the version opened; a post another user changed since is refused. */
    public Post update(Post p, java.util.OptionalLong opened) {
        Optional<PageIdentity> learned = pageChecked(p);
        Post saved = Refusals.said(() -> posts.update(p, opened));
        changes.announce(Change.POSTS);
        learned.ifPresent(i -> pages.learn(List.of(i)));
        return saved;
    }

    /**
     * The clerk's page for the corrected post, checked as {@link PageDirectory#remember} does when a post
     * is added; the number to learn is returned and kept only once the post is saved (nothing half-saved).
     */
    private Optional<PageIdentity> pageChecked(Post p) {
        PostLink.Result link = PostLink.parse(p.url());
        if (!link.isValid()) {
            return Optional.empty();
        }
        PageDirectory.Listing listing = pages.listing();
        Optional<Page> page = listing.pages().stream().filter(x -> x.id() == p.pageId()).findFirst();
        if (page.isEmpty()) {
            return Optional.empty();
        }
        PostPages.Verdict verdict = PostPages.verdict(link.post(), page.get(), listing.identities(),
                PageIdentity.Source.CLERK);
        if (verdict instanceof PostPages.Taken taken) {
            throw new DeskException(Tr.tr("pages.identity.taken", PostPages.ownerText(page.get().networkCode(),
                    link.post().ownerId().getAsLong()), listing.labelOf(taken.otherPageId())), null);
        }
        return verdict instanceof PostPages.Learn learn ? Optional.of(learn.identity()) : Optional.empty();
    }

    /** The post's version as it is opened for editing (issue 19 item 7); empty when it is gone. */
    public java.util.OptionalLong version(long id) {
        return Refusals.said(() -> posts.version(id));
    }

    public void updateText(long postId, String text) {
        Refusals.said(() -> {
            posts.updateText(postId, text);
            return null;
        });
        changes.announce(Change.POSTS);
    }

    /** The plan's open items on the page near {@code day}, that a new post may fulfil. */
    public List<PlanItem> openPlanItemsNear(long pageId, LocalDate day, int days) {
        return plan.openNear(pageId, day, days);
    }

    /** The post fulfils the plan item. */
    public void attachToPlan(long postId, long planItemId) {
        Refusals.said(() -> {
            plan.attach(postId, planItemId);
            return null;
        });
        changes.announce(Change.POSTS, Change.PLAN);
    }
}
