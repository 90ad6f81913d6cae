package ru.officialpages.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import ru.officialpages.domain.Page;

/**
 * The daily round of the pages' comments ("проверено сегодня"), so a report can show that
 * moderation was done every working day (issue 6; ishtan-13 §8 asks the specialist to moderate,
 * novokubansky-1740 app.2 §14 to keep comments clean). A day's round is done when every page
 * active that day was checked; days off do not count either way.
 */
public final class ModerationRound {
    private ModerationRound() {
    }

    /** How a week went: working days from Monday to {@code through}, and on how many the round was done. */
    public record Week(int workingDays, int doneDays) {
    }

    /** Pages active on {@code day} that were not checked. */
    public static long unchecked(LocalDate day, Collection<Page> pages, Set<Long> checked) {
        return pages.stream().filter(p -> p.activeOn(day)).filter(p -> !checked.contains(p.id())).count();
    }

    /** Pages active on {@code day}. */
    public static long active(LocalDate day, Collection<Page> pages) {
        return pages.stream().filter(p -> p.activeOn(day)).count();
    }

    /** True when the day had active pages and every one of them was checked. */
    public static boolean done(LocalDate day, Collection<Page> pages, Set<Long> checked) {
        return active(day, pages) > 0 && unchecked(day, pages, checked) == 0;
    }

    /**
     * The week of {@code monday} up to and including {@code through}: its working days by the
     * production calendar, and those with the round done.
     */
    public static Week week(LocalDate monday, LocalDate through, ProductionCalendar calendar, Collection<Page> pages,
            Map<LocalDate, Set<Long>> checkedByDay) {
        int working = 0;
        int done = 0;
        LocalDate last = through.isAfter(monday.plusDays(6)) ? monday.plusDays(6) : through;
        for (LocalDate d = monday; !d.isAfter(last); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                continue;
            }
            working++;
            if (done(d, pages, checkedByDay.getOrDefault(d, Set.of()))) {
                done++;
            }
        }
        return new Week(working, done);
    }
}
