package ru.officialpages.ui.moderation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.officialpages.desk.ModerationDesk;
import ru.officialpages.desk.Office;
import ru.officialpages.domain.Page;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.ModerationRound;
import ru.officialpages.rules.WeeklyNorm;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;
import ru.officialpages.ui.posts.PageChoice;

/**
 * Модерация → Обход: today's check of every active page, with the time of each check, and how
 * many working days of this week and the last had the round done (rules/ModerationRound).
 */
public final class RoundViewModel {
    private final ModerationDesk moderation;
    private final Office office;
    private final TaskExecutor executor;
    private final ModerationContext context;

    private final ObservableList<RoundRow> round = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper week = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastWeek = new ReadOnlyStringWrapper("");

    RoundViewModel(ModerationDesk moderation, Office office, TaskExecutor executor, ModerationContext context) {
        this.moderation = moderation;
        this.office = office;
        this.executor = executor;
        this.context = context;
    }

    /** The registry was read again: one row per page active today. */
    void pagesLoaded() {
        List<RoundRow> rows = new ArrayList<>();
        for (PageChoice c : context.activeChoices()) {
            rows.add(new RoundRow(c.page().id(), c.label()));
        }
        round.setAll(rows);
    }

    public void reload() {
        LocalDate today = context.today();
        LocalDate monday = WeeklyNorm.mondayOf(today);
        List<Page> known = context.pages();
        LocalDate lastMonday = monday.minusWeeks(1);
        executor.execute(BackgroundTask.of(p -> {
            var calendarNow = office.calendar();
            var rounds = moderation.rounds(lastMonday, today);
            return new RoundState(moderation.checkedOn(today), ModerationRound.week(monday, today, calendarNow, known, rounds),
                    ModerationRound.week(lastMonday, monday.minusDays(1), calendarNow, known, rounds));
        }).onSuccess(s -> {
            for (RoundRow row : round) {
                LocalDateTime at = s.checked().get(row.pageId());
                row.checkedProperty().set(at != null);
                row.timeProperty().set(at == null ? "" : Tr.tr("moderation.round.at", RuFormat.time(at)));
            }
            week.set(Tr.tr("moderation.round.week", s.week().doneDays(), s.week().workingDays(),
                    days(s.week().workingDays())));
            lastWeek.set(Tr.tr("moderation.round.lastWeek", s.lastWeek().doneDays(), s.lastWeek().workingDays(),
                    days(s.lastWeek().workingDays())));
        }));
    }

    private record RoundState(Map<Long, LocalDateTime> checked, ModerationRound.Week week, ModerationRound.Week lastWeek) {
    }

    private static String days(int n) {
        return Tr.plural(n, Tr.tr("moderation.round.day.one"), Tr.tr("moderation.round.day.few"),
                Tr.tr("moderation.round.day.many"));
    }

    /** Marks a page checked now, or unmarks it. */
    public void setChecked(RoundRow row, boolean checked) {
        LocalDateTime now = LocalDateTime.now(context.clock());
        row.checkedProperty().set(checked);
        row.timeProperty().set(checked ? Tr.tr("moderation.round.at", RuFormat.time(now)) : "");
        executor.execute(BackgroundTask.of(p -> {
            if (checked) {
                moderation.check(row.pageId(), now.toLocalDate(), now);
            } else {
                moderation.uncheck(row.pageId(), now.toLocalDate());
            }
            return checked;
        }).onSuccess(x -> reload()));
    }

    /** Marks every page not yet checked today. */
    public void checkAll() {
        for (RoundRow row : round) {
            if (!row.checkedProperty().get()) {
                setChecked(row, true);
            }
        }
    }

    public ObservableList<RoundRow> rows() {
        return round;
    }

    public ReadOnlyStringProperty weekProperty() {
        return week.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastWeekProperty() {
        return lastWeek.getReadOnlyProperty();
    }
}
