package ru.officialpages.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.officialpages.domain.CheckState;
import ru.officialpages.domain.ChecklistItem;
import ru.officialpages.domain.ChecklistMark;
import ru.officialpages.domain.Page;

/**
 * The compliance checklist of one page with due days in working days and what is late on a
 * given day. "Today" is passed in; nothing here reads a clock.
 */
public final class Checklist {
    /** novoaltaysk-608 §1.4: the link on the official website within 5 working days of creation. */
    public static final int SITE_LINK_DAYS = 5;

    private final List<ChecklistLine> lines;

    private Checklist(List<ChecklistLine> lines) {
        this.lines = List.copyOf(lines);
    }

    /**
     * @param marks what the user marked; items without a mark are not done
     * @param coordinatorNoticeDays Settings.coordinatorNoticeDays (mineralnye-vody decree §3.2.4: 2 or 3)
     */
    public static Checklist of(Page page, Map<ChecklistItem, ChecklistMark> marks, WorkingTime time,
                               int coordinatorNoticeDays, LocalDate today) {
        List<ChecklistLine> lines = new ArrayList<>();
        for (ChecklistItem item : ChecklistItem.values()) {
            ChecklistMark mark = marks.getOrDefault(item, ChecklistMark.notDone(item));
            if (item == ChecklistItem.COORDINATOR_TOLD_DELETED && page.deletedOn() == null && !marks.containsKey(item)) {
                // Nobody can report a deletion that has not happened: it does not count until then.
                mark = new ChecklistMark(item, CheckState.NOT_APPLICABLE, null, "");
            }
            LocalDate due = due(item, page, time, coordinatorNoticeDays);
            boolean overdue = due != null && mark.state() == CheckState.NOT_DONE && today.isAfter(due);
            lines.add(new ChecklistLine(mark, due, overdue));
        }
        return new Checklist(lines);
    }

    private static LocalDate due(ChecklistItem item, Page page, WorkingTime time, int noticeDays) {
        return switch (item) {
            case SITE_LINK -> time.addWorkingDays(page.createdOn(), SITE_LINK_DAYS);
            case COORDINATOR_TOLD_CREATED -> time.addWorkingDays(page.createdOn(), noticeDays);
            case COORDINATOR_TOLD_DELETED -> page.deletedOn() == null ? null
                    : time.addWorkingDays(page.deletedOn(), noticeDays);
            default -> null;
        };
    }

    public List<ChecklistLine> lines() {
        return lines;
    }

    public long done() {
        return lines.stream().filter(l -> l.mark().state() == CheckState.DONE).count();
    }

    /** Items that count: not applicable ones are left out of the denominator. */
    public long applicable() {
        return lines.stream().filter(l -> l.mark().state() != CheckState.NOT_APPLICABLE).count();
    }

    public long overdue() {
        return lines.stream().filter(ChecklistLine::overdue).count();
    }

    /** "9/12". */
    public String progress() {
        return done() + "/" + applicable();
    }
}
