package ru.officialpages.ui.moderation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.officialpages.desk.ModerationDesk;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.SyncedComment;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.CommentReview;
import ru.officialpages.rules.GroundClauses;
import ru.officialpages.text.CommentGrounds;
import ru.officialpages.text.CommentHint;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * Модерация → Новые комментарии (issue 17 item 3): the comments read from the active pages in the
 * last two weeks and not yet looked at, in threads, each with the grounds the checks suggest. The
 * clerk deletes on the platform and records the decision here in one click, or says there is
 * nothing wrong; either way the comment leaves the list, and a page with none left is checked
 * for the day in the round.
 */
public final class NewCommentsViewModel {
    private final ModerationDesk moderation;
    private final TaskExecutor executor;
    private final ModerationContext context;
    /** After a decision: the records, the blacklist and the round follow. */
    private final Runnable afterWrite;

    private final ObservableList<CommentRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper everRead = new ReadOnlyBooleanWrapper(false);

    NewCommentsViewModel(ModerationDesk moderation, TaskExecutor executor, ModerationContext context, Runnable afterWrite) {
        this.moderation = moderation;
        this.executor = executor;
        this.context = context;
        this.afterWrite = afterWrite;
    }

    public void reload() {
        List<Long> pageIds = context.activeChoices().stream().map(c -> c.page().id()).toList();
        LocalDateTime now = LocalDateTime.now(context.clock());
        CommentGrounds checks = context.commentGrounds();
        executor.execute(BackgroundTask.of(p -> moderation.newComments(pageIds, now)).onSuccess(found -> {
            List<CommentRow> list = new ArrayList<>();
            for (ModerationDesk.PageComments page : found.pages()) {
                String label = context.pageLabel(page.pageId());
                for (CommentReview.Line line : page.lines()) {
                    list.add(row(line, label, checks));
                }
            }
            rows.setAll(list);
            everRead.set(found.everRead());
            int n = found.count();
            summary.set(n == 0 ? "" : Tr.tr("moderation.comments.found", n, Tr.plural(n, Tr.tr("moderation.comments.one"),
                    Tr.tr("moderation.comments.few"), Tr.tr("moderation.comments.many")), found.pages().size()));
            emptyText.set(found.everRead() ? Tr.tr("moderation.comments.none") : Tr.tr("moderation.comments.notRead"));
        }));
    }

    private CommentRow row(CommentReview.Line line, String pageLabel, CommentGrounds checks) {
        SyncedComment c = line.comment();
        Set<DeletionGround> grounds = EnumSet.noneOf(DeletionGround.class);
        List<String> said = new ArrayList<>();
        if (checks != null && !c.text().isBlank()) {
            for (CommentHint h : checks.hints(c.text())) {
                said.add(h.message());
                grounds.addAll(h.grounds());
            }
        }
        for (DeletionGround g : grounds) {
            List<String> clauses = GroundClauses.shown(g, context.presetProperty().get()).stream()
                    .map(k -> Tr.tr(k.key())).toList();
            said.add(Tr.tr("moderation.comments.suggested", Tr.tr(g.titleKey()), String.join("; ", clauses)));
        }
        return new CommentRow(c, line.depth(), pageLabel, grounds, said);
    }

    /** «Записать решение»: the record is made with the grounds ticked; without one a deletion is refused here. */
    public void record(CommentRow row) {
        Set<DeletionGround> grounds = row.chosenGrounds();
        var action = row.actionProperty().get();
        if (action == null || CommentReview.needsGround(action) && grounds.isEmpty()) {
            row.errorProperty().set(Tr.tr("moderation.error.grounds"));
            return;
        }
        LocalDateTime now = LocalDateTime.now(context.clock());
        executor.execute(BackgroundTask.of(p -> moderation.recordComment(row.comment(), grounds, action, now))
                .onSuccess(saved -> {
                    context.say(saved.entry() == null ? Tr.tr("moderation.saved")
                            : Tr.tr("moderation.saved.listed", saved.record().author()));
                    decided(row);
                }));
    }

    /** «Нарушений нет»: the comment (with nothing recorded) leaves the list. */
    public void noViolations(CommentRow row) {
        LocalDateTime now = LocalDateTime.now(context.clock());
        executor.execute(BackgroundTask.of(p -> moderation.noViolations(row.comment().pageId(),
                List.of(row.comment().id()), now)).onSuccess(n -> {
                    context.say(Tr.tr("moderation.comments.fine", row.comment().authorName()));
                    decided(row);
                }));
    }

    /** «Нарушений нет» for every new comment of the row's page at once. */
    public void pageHasNoViolations(long pageId) {
        List<Long> ids = rows.stream().filter(r -> r.comment().pageId() == pageId).map(r -> r.comment().id()).toList();
        if (ids.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(context.clock());
        executor.execute(BackgroundTask.of(p -> moderation.noViolations(pageId, ids, now)).onSuccess(n -> {
            context.say(Tr.tr("moderation.comments.pageFine", context.pageLabel(pageId)));
            rows.removeIf(r -> r.comment().pageId() == pageId);
            afterWrite.run();
            reload();
        }));
    }

    private void decided(CommentRow row) {
        rows.remove(row);
        afterWrite.run();
        reload();
    }

    public ObservableList<CommentRow> rows() {
        return rows;
    }

    /** «3 новых комментария на 2 страницах»; empty when there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the empty list says: nothing read yet (and how to start), or nothing new. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty everReadProperty() {
        return everRead.getReadOnlyProperty();
    }
}
