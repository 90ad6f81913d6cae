package ru.officialpages.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.Post;
import ru.officialpages.storage.PlanRepository;

/**
 * The content plan: items by day, their drafted texts, moving, deleting and publishing them.
 * Writes are announced as {@link Change#PLAN} (and {@link Change#POSTS} when posts enter the log).
 */
public final class ContentPlan {
    private final PlanRepository plan;
    private final Changes changes;

    public ContentPlan(PlanRepository plan, Changes changes) {
        this.plan = plan;
        this.changes = changes;
    }

    public List<PlanItem> between(LocalDate from, LocalDate to) {
        return plan.between(from, to);
    }

    public List<PlanItem> between(LocalDate from, LocalDate to, Set<PlanStatus> statuses) {
        return plan.between(from, to, statuses);
    }

    public Map<Long, String> textsBetween(LocalDate from, LocalDate to) {
        return plan.textsBetween(from, to);
    }

    public PlanItem save(PlanItem item) {
        return save(item, null, java.util.OptionalLong.empty());
    }

    /**
     * Saves an item and, unless {@code text} is null, its post's draft, together; an edit is made on the version
     * the item was opened with ({@link #versionsBetween}): one another user changed since is refused
     * («Запись изменил другой пользователь…», {@link Refusals#isChangedMeanwhile}) and nothing is written.
     */
    public PlanItem save(PlanItem item, String text, java.util.OptionalLong opened) {
        PlanItem saved = Refusals.said(() -> plan.save(item, text, opened));
        changes.announce(Change.PLAN);
        return saved;
    }

    /** The versions of the items between two days (issue 19 item 7), to read before the items themselves. */
    public Map<Long, Long> versionsBetween(LocalDate from, LocalDate to) {
        return Refusals.said(() -> plan.versionsBetween(from, to));
    }

    /** Items made together ("every Monday") as one series, all or none. */
    public List<PlanItem> saveSeries(List<PlanItem> items) {
        List<PlanItem> saved = Refusals.said(() -> plan.saveSeries(items));
        changes.announce(Change.PLAN);
        return saved;
    }

    public void saveText(long itemId, String text) {
        Refusals.said(() -> {
            plan.saveText(itemId, text);
            return null;
        });
    }

    public void move(long id, LocalDate day) {
        move(id, day, java.util.OptionalLong.empty());
    }

    /** As {@link #move(long, LocalDate)}, made on the version opened. */
    public void move(long id, LocalDate day, java.util.OptionalLong opened) {
        Refusals.said(() -> {
            plan.move(id, day, opened);
            return null;
        });
        changes.announce(Change.PLAN);
    }

    public void delete(long id) {
        delete(id, java.util.OptionalLong.empty());
    }

    /** As {@link #delete(long)}, made on the version opened: an item changed since is not deleted unseen. */
    public void delete(long id, java.util.OptionalLong opened) {
        Refusals.said(() -> {
            plan.delete(id, opened);
            return null;
        });
        changes.announce(Change.PLAN);
    }

    /** Marks the item published with its posts, all or none; a link already in the log is refused in Russian. */
    public List<Post> publish(long itemId, List<Post> posts) {
        List<Post> saved = Refusals.said(() -> plan.publish(itemId, posts));
        changes.announce(Change.PLAN, Change.POSTS);
        return saved;
    }
}
