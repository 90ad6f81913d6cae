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
        PlanItem saved = Refusals.said(() -> plan.save(item));
        changes.announce(Change.PLAN);
        return saved;
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
        Refusals.said(() -> {
            plan.move(id, day);
            return null;
        });
        changes.announce(Change.PLAN);
    }

    public void delete(long id) {
        Refusals.said(() -> {
            plan.delete(id);
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
