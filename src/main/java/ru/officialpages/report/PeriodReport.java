package ru.officialpages.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import ru.officialpages.rules.WeeklyNorm;

/**
 * The summary of a period (a month, a quarter, a year, any dates) for the quarterly and annual
 * accounts: the weekly report of every ISO week that touches the period, a boundary week clipped
 * to the days inside the period («неполная неделя»). So the period counts exactly what is dated
 * inside it — the November summary holds no post of 1 December — and the norm of a clipped week
 * is prorated by its days inside, rounded up, as for a page created mid-week (WeeklyNorm).
 */
public record PeriodReport(LocalDate from, LocalDate to, List<WeeklyReport> weeks) {

    public PeriodReport {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " … " + to);
        }
        weeks = List.copyOf(weeks);
    }

    /** Posts published in the period on days their pages existed. */
    public int published() {
        return weeks.stream().mapToInt(w -> w.publications().published()).sum();
    }

    public int norm() {
        return weeks.stream().mapToInt(w -> w.publications().norm()).sum();
    }

    /** The Mondays of the weeks that touch {@code from} … {@code to}. */
    public static List<LocalDate> mondays(LocalDate from, LocalDate to) {
        List<LocalDate> list = new ArrayList<>();
        for (LocalDate m = WeeklyNorm.mondayOf(from); !m.isAfter(to); m = m.plusWeeks(1)) {
            list.add(m);
        }
        return list;
    }

    public static PeriodReport make(WeeklyReports reports, LocalDate from, LocalDate to, LocalDateTime now) {
        List<WeeklyReport> weeks = new ArrayList<>();
        for (LocalDate m : mondays(from, to)) {
            LocalDate first = m.isBefore(from) ? from : m;
            LocalDate last = m.plusDays(6).isAfter(to) ? to : m.plusDays(6);
            weeks.add(reports.days(first, last, now));
        }
        return new PeriodReport(from, to, weeks);
    }
}
