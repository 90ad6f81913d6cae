package ru.officialpages.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostEntry;
import ru.officialpages.domain.PostFilter;
import ru.officialpages.domain.PostSort;
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
    private final Changes changes;

    public PostLog(PostRepository posts, PlanRepository plan, Changes changes) {
        this.posts = posts;
        this.plan = plan;
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

    /** Corrects a logged post (page, time, link, format, topic); a link another entry has is refused in Russian. */
    public Post update(Post p) {
        Post saved = Refusals.said(() -> posts.update(p));
        changes.announce(Change.POSTS);
        return saved;
    }

    /** As {@link #update(Post)}, made on the version opened; a post another user changed since is refused. */
    public Post update(Post p, java.util.OptionalLong opened) {
        Post saved = Refusals.said(() -> posts.update(p, opened));
        changes.announce(Change.POSTS);
        return saved;
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
