package ru.officialpages.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import ru.officialpages.rules.WeeklyNorm;

/**
 * The summary of a period (a month, a quarter, a year, any dates) for the quarterly and annual
 * accounts: the weekly report of every ISO week that touches the period. A week that starts
 * before {@code from} or ends after {@code to} is taken whole: the norm is a norm per week, and
 * half a week would halve it.
 */
public record PeriodReport(LocalDate from, LocalDate to, List<WeeklyReport> weeks) {

    public PeriodReport {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " … " + to);
        }
        weeks = List.copyOf(weeks);
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
            weeks.add(reports.week(m, now));
        }
        return new PeriodReport(from, to, weeks);
    }
}
