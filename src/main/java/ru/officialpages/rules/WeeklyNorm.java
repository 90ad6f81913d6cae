package ru.officialpages.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.WeeklyNorms;

/**
 * Posts a page owes in an ISO week (Monday–Sunday): ishtan-13 §6 (2), mineralnye-vody order §4
 * (3), novoaltaysk-608 §2.1 (8), novokubansky-1740 app.2 §5 (10 / 5).
 *
 * <p>A page counts a week only for the days it existed: the norm is scaled to those days and
 * rounded up (created on Thursday, 4 days of 7, a norm of 3 becomes 2), and only posts of those
 * days count. Holidays change nothing unless {@code scaleByWorkingDays} is set: the orders speak
 * of "publications a week", not a working week; a settlement that eases the norm in holiday weeks
 * sets it, and then the norm is scaled by working days out of five.
 */
public final class WeeklyNorm {
    private final WeeklyNorms presets;
    private final ProductionCalendar calendar;
    private final boolean scaleByWorkingDays;

    public WeeklyNorm(WeeklyNorms presets, ProductionCalendar calendar, boolean scaleByWorkingDays) {
        this.presets = presets;
        this.calendar = calendar;
        this.scaleByWorkingDays = scaleByWorkingDays;
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The page's own norm if it has one, else the preset for its organization's kind. */
    public int baseNorm(Page page, OrganizationKind kind) {
        return page.weeklyNorm() != null ? page.weeklyNorm() : presets.forKind(kind);
    }

    /** Progress of {@code page} in the week starting {@code monday}, given the times of its posts (any range). */
    public WeekProgress progress(Page page, OrganizationKind kind, LocalDate monday, Collection<LocalDateTime> posts) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is not a Monday");
        }
        // The days of the week the page existed, [created, deleted) ∩ [monday, next monday), by
        // arithmetic: the trend asks this of every page for twelve weeks (issue 20 item 5).
        LocalDate nextMonday = monday.plusDays(7);
        LocalDate from = page.createdOn().isAfter(monday) ? page.createdOn() : monday;
        LocalDate to = page.deletedOn() != null && page.deletedOn().isBefore(nextMonday) ? page.deletedOn() : nextMonday;
        int days = (int) Math.max(0, to.toEpochDay() - from.toEpochDay());
        int working = 0;
        if (scaleByWorkingDays) {
            for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d)) {
                    working++;
                }
            }
        }
        int published = 0;
        for (LocalDateTime t : posts) {
            LocalDate d = t.toLocalDate();
            if (!d.isBefore(monday) && d.isBefore(monday.plusDays(7)) && page.activeOn(d)) {
                published++;
            }
        }
        int base = baseNorm(page, kind);
        int norm;
        if (scaleByWorkingDays) {
            norm = ceilDiv(base * Math.min(working, 5), 5);
        } else {
            norm = ceilDiv(base * days, 7);
        }
        return new WeekProgress(page.id(), monday, published, norm, days);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
