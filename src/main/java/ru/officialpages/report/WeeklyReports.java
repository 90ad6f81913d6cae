package ru.officialpages.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.Page;
import ru.officialpages.report.WeeklyReport.MessageLine;
import ru.officialpages.report.WeeklyReport.MessageState;
import ru.officialpages.report.WeeklyReport.PageLine;
import ru.officialpages.rules.WeekProgress;
import ru.officialpages.rules.WeeklyNorm;
import ru.officialpages.rules.WorkingTime;
import ru.officialpages.domain.ReportFigures;
import ru.officialpages.domain.ReportFigures.MessageCourse;
import ru.officialpages.domain.ReportFigures.ModerationWeek;
import ru.officialpages.domain.ReportFigures.PageWeek;
import ru.officialpages.domain.ReportFigures.PlanWeek;

/**
 * Makes weekly reports: the figures the database aggregates, with the rules applied on top —
 * the weekly norm of each page (prorated for a page that existed part of the week, WeeklyNorm)
 * and how late an answer was in working hours (novokubansky-1740 app.1 §9, §17).
 */
public final class WeeklyReports {
    private final ReportFigures figures;
    private final WeeklyNorm norms;
    private final WorkingTime workingTime;
    private final Map<String, String> networkNames;

    public WeeklyReports(ReportFigures figures, WeeklyNorm norms, WorkingTime workingTime, Map<String, String> networkNames) {
        this.figures = figures;
        this.norms = norms;
        this.workingTime = workingTime;
        this.networkNames = Map.copyOf(networkNames);
    }

    /**
     * Wired from what the user keeps, as the report desk reads it: the norms of Настройки, its
     * working calendar, the networks' names by code.
     */
    public static WeeklyReports from(ReportFigures figures, ru.officialpages.domain.Settings s, WorkingTime time,
            Map<String, String> networkNames) {
        return new WeeklyReports(figures, new WeeklyNorm(s.norms(), time.calendar(), s.scaleNormByWorkingDays()), time,
                networkNames);
    }

    /** The report of the week from {@code monday}; {@code now} decides what is overdue and open. */
    public WeeklyReport week(LocalDate monday, LocalDateTime now) {
        return days(monday, monday.plusDays(6), now);
    }

    /**
     * The report of the days {@code first} … {@code last} of one ISO week: everything dated on
     * those days and nothing else; the norms prorated by the days counted (rounded up, WeeklyNorm),
     * as for a page that existed only those days. A period's boundary week.
     */
    public WeeklyReport days(LocalDate first, LocalDate last, LocalDateTime now) {
        LocalDate monday = WeeklyNorm.mondayOf(first);
        if (last.isBefore(first) || last.isAfter(monday.plusDays(6))) {
            throw new IllegalArgumentException(first + " … " + last + " is not a part of one week");
        }
        List<PageWeek> pages = figures.pagesOfDays(first, last);
        Map<Long, ReportFigures.ReachDays> reach = figures.reachOfDays(first, last);
        return new WeeklyReport(monday, publications(monday, first, last, pages, reach),
                plan(first, last, now.toLocalDate()), moderation(first, last, pages), messages(first, last, now),
                first, last);
    }

    /** Only the posts against the norm: what the 12-week trend needs, without the other sections. */
    public WeeklyReport.Publications publications(LocalDate monday) {
        return publications(monday, monday, monday.plusDays(6), figures.pagesOfWeek(monday), Map.of());
    }

    /** Posts against the norm in one week, without the lines per page. */
    public record WeekTotal(LocalDate monday, int published, int norm) {
    }

    /**
     * The totals of {@link #publications(LocalDate)} for each of {@code weeks} weeks from
     * {@code firstMonday}, from two queries in all rather than two a week: the trend of the
     * report screen.
     */
    public List<WeekTotal> totals(LocalDate firstMonday, int weeks) {
        List<PageWeek> pages = figures.pagesOfWeeks(firstMonday, weeks);
        int[] posts = figures.postsOfWeeks(firstMonday, weeks);
        List<WeekTotal> list = new ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = firstMonday.plusWeeks(w);
            LocalDate nextMonday = monday.plusWeeks(1);
            int norm = 0;
            for (PageWeek p : pages) {
                // The pages of this week, as pagesOfWeek chooses them.
                if (p.createdOn().isBefore(nextMonday) && (p.deletedOn() == null || p.deletedOn().isAfter(monday))) {
                    norm += norms.progress(page(p), p.kind(), monday, List.of()).norm();
                }
            }
            list.add(new WeekTotal(monday, posts[w], norm));
        }
        return List.copyOf(list);
    }

    /**
     * The trend up to the week from {@code lastMonday}: at most {@code weeks} weeks, starting no
     * earlier than the first week with any record — weeks before it are unknown, not zero.
     */
    public List<WeekTotal> trend(LocalDate lastMonday, int weeks) {
        LocalDate first = lastMonday.minusWeeks(weeks - 1L);
        LocalDate firstRecord = figures.firstRecordDay();
        if (firstRecord != null && WeeklyNorm.mondayOf(firstRecord).isAfter(first)) {
            first = WeeklyNorm.mondayOf(firstRecord);
        }
        if (first.isAfter(lastMonday)) {
            first = lastMonday;
        }
        return totals(first, (int) java.time.temporal.ChronoUnit.WEEKS.between(first, lastMonday) + 1);
    }

    private WeeklyReport.Publications publications(LocalDate monday, LocalDate first, LocalDate last, List<PageWeek> pages,
            Map<Long, ReportFigures.ReachDays> reach) {
        List<PageLine> lines = new ArrayList<>(pages.size());
        for (PageWeek p : pages) {
            // Only the norm comes from the rule; the posts were counted in SQL for the same days.
            // Days outside first … last count as days the page did not exist, so the norm is prorated.
            WeekProgress progress = norms.progress(clipped(page(p), first, last), p.kind(), monday, List.of());
            lines.add(new PageLine(p.organization(), networkNames.getOrDefault(p.networkCode(), p.networkCode()),
                    p.address(), progress.norm(), p.published(), progress.daysExisted(), p.formats(), reach(reach.get(p.pageId()))));
        }
        return new WeeklyReport.Publications(List.copyOf(lines));
    }

    private WeeklyReport.Plan plan(LocalDate first, LocalDate last, LocalDate today) {
        PlanWeek p = figures.planOfDays(first, last, today);
        return new WeeklyReport.Plan(p.planned(), p.published(), p.moved(), p.cancelled(), p.overdue(), p.open());
    }

    private WeeklyReport.Moderation moderation(LocalDate first, LocalDate last, List<PageWeek> pages) {
        ModerationWeek m = figures.moderationOfDays(first, last);
        Map<DeletionGround, Integer> byGround = new EnumMap<>(DeletionGround.class);
        m.byGround().forEach((code, n) -> {
            try {
                byGround.merge(DeletionGround.valueOf(code), n, Integer::sum);
            } catch (IllegalArgumentException unknown) {
                // A ground this version does not know (written by a newer one) is not counted under a wrong name.
            }
        });
        int working = 0;
        int done = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate d = day;
            if (!workingTime.isWorkingDay(d)) {
                continue;
            }
            working++;
            long active = pages.stream().filter(p -> page(p).activeOn(d)).count();
            // The round is done when every page active that day was checked (minvody order §8: daily moderation).
            if (active > 0 && m.pagesChecked().getOrDefault(d, 0) >= active) {
                done++;
            }
        }
        return new WeeklyReport.Moderation(m.records(), byGround, m.byAction(), m.blacklisted(), done, working);
    }

    private WeeklyReport.Messages messages(LocalDate first, LocalDate last, LocalDateTime now) {
        LocalDateTime weekEnd = last.plusDays(1).atStartOfDay();
        LocalDateTime asOf = now.isBefore(weekEnd) ? now : weekEnd;
        int inTime = 0;
        int late = 0;
        int awaiting = 0;
        int open = 0;
        int closed = 0;
        List<MessageLine> lines = new ArrayList<>();
        List<MessageCourse> all = figures.messagesDetected(first.atStartOfDay(), weekEnd);
        for (MessageCourse m : all) {
            LocalDateTime interim = by(m.interimAt(), asOf);
            LocalDateTime fin = by(m.finalAt(), asOf);
            LocalDateTime answered = interim == null ? fin : fin == null || interim.isBefore(fin) ? interim : fin;
            String network = networkNames.getOrDefault(m.networkCode(), m.networkCode());
            if (answered != null) {
                if (interim != null && fin == null) {
                    awaiting++;
                }
                if (!answered.isAfter(m.answerDue())) {
                    inTime++;
                } else {
                    late++;
                    lines.add(new MessageLine(m.detectedAt(), network, pageName(m), m.pageAddress(), m.topic(), m.high(), m.answerDue(),
                            answered, workingTime.between(m.answerDue(), answered), MessageState.LATE));
                }
            } else if (by(m.closedAt(), asOf) != null) {
                closed++; // closed with no answer on a ground of app.1 §21: neither late nor open
            } else {
                open++;
                boolean overdue = asOf.isAfter(m.answerDue());
                lines.add(new MessageLine(m.detectedAt(), network, pageName(m), m.pageAddress(), m.topic(), m.high(), m.answerDue(), null,
                        overdue ? workingTime.between(m.answerDue(), asOf) : Duration.ZERO,
                        overdue ? MessageState.OPEN_OVERDUE : MessageState.OPEN));
            }
        }
        return new WeeklyReport.Messages(all.size(), inTime, late, awaiting, open, closed, List.copyOf(lines));
    }

    /** Unknown stays unknown: no reach row, or no post that shows views, is blank rather than 0. */
    private static WeeklyReport.Reach reach(ReportFigures.ReachDays r) {
        if (r == null || r.posts() == 0) {
            return WeeklyReport.Reach.UNKNOWN;
        }
        return new WeeklyReport.Reach(r.posts(), r.postsWithViews() == 0 ? null : r.views(), r.likes(), r.reposts(), r.comments(),
                r.approximate());
    }

    /** The organization of the message's page; the address only when the page has no organization name. */
    private static String pageName(MessageCourse m) {
        return m.organization().isBlank() ? m.pageAddress() : m.organization();
    }

    private static LocalDateTime by(LocalDateTime t, LocalDateTime asOf) {
        return t != null && !t.isAfter(asOf) ? t : null;
    }

    /** The page as if it existed only within {@code first} … {@code last}. */
    private static Page clipped(Page p, LocalDate first, LocalDate last) {
        LocalDate created = p.createdOn().isBefore(first) ? first : p.createdOn();
        LocalDate end = last.plusDays(1);
        LocalDate deleted = p.deletedOn() == null || p.deletedOn().isAfter(end) ? end : p.deletedOn();
        return new Page(p.id(), p.organizationId(), p.networkCode(), p.address(), created, deleted, p.weeklyNorm());
    }

    private static Page page(PageWeek p) {
        return new Page(p.pageId(), 0, p.networkCode(), p.address(), p.createdOn(), p.deletedOn(), p.weeklyNorm());
    }
}
