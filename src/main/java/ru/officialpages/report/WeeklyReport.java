package ru.officialpages.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;

import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.PostFormat;

/**
 * The weekly report for the head of administration (domain.md, Reports) for the ISO week from
 * {@code monday}: four sections, each a sheet of the workbook and a part of the printout. Pure
 * values; {@link WeeklyReports} computes them.
 *
 * <p>{@code first} … {@code last} are the days counted: the whole week, or in a period summary the
 * part of a boundary week inside the period («неполная неделя»), whose norms are prorated by the
 * days inside as for a page created mid-week.
 */
public record WeeklyReport(LocalDate monday, Publications publications, Plan plan, Moderation moderation,
        Messages messages, LocalDate first, LocalDate last) {

    public WeeklyReport {
        if (first.isBefore(monday) || last.isAfter(monday.plusDays(6)) || last.isBefore(first)) {
            throw new IllegalArgumentException("days " + first + " … " + last + " are not in the week of " + monday);
        }
    }

    /** The whole week. */
    public WeeklyReport(LocalDate monday, Publications publications, Plan plan, Moderation moderation, Messages messages) {
        this(monday, publications, plan, moderation, messages, monday, monday.plusDays(6));
    }

    /** Only part of the week is counted: a boundary week of a period. */
    public boolean partial() {
        return !first.equals(monday) || !last.equals(sunday());
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** "2026-W47". */
    public String isoWeek() {
        return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public int weekNumber() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /**
     * One page in the week. {@code norm} is already prorated for a page created or deleted
     * mid-week (WeeklyNorm: days existed of seven, rounded up); {@code daysExisted} says so.
     */
    public record PageLine(String organization, String network, String address, int norm, int published, int daysExisted,
            Map<PostFormat, Integer> formats, Reach reach) {

        public PageLine {
            reach = reach == null ? Reach.UNKNOWN : reach;
        }

        /** A page whose posts' reach was never read. */
        public PageLine(String organization, String network, String address, int norm, int published, int daysExisted,
                Map<PostFormat, Integer> formats) {
            this(organization, network, address, norm, published, daysExisted, formats, Reach.UNKNOWN);
        }

        public boolean met() {
            return published >= norm;
        }

        public int missing() {
            return Math.max(0, norm - published);
        }

        public boolean partialWeek() {
            return daysExisted < 7;
        }
    }

    /**
     * The reach of a page's posts of the week as the platforms last reported it (issue 17 item 4):
     * {@code null} where unknown — no post of the page was read, or none shows views — which a
     * report shows blank, not 0. {@code posts}: how many of the posts have reach read.
     */
    public record Reach(int posts, Long views, Long likes, Long reposts, Long comments, boolean approximate) {
        public static final Reach UNKNOWN = new Reach(0, null, null, null, null, false);

        public boolean known() {
            return posts > 0;
        }

        /** The reach of both, a figure known where either knows it. */
        public Reach plus(Reach o) {
            return new Reach(posts + o.posts, sum(views, o.views), sum(likes, o.likes), sum(reposts, o.reposts),
                    sum(comments, o.comments), approximate || o.approximate);
        }

        private static Long sum(Long a, Long b) {
            return a == null ? b : b == null ? a : Long.valueOf(a + b);
        }

        /** A figure as the reader sees it: blank when unknown, «≈» before a rounded one. */
        public static String text(Long value, boolean approximate) {
            return value == null ? "" : (approximate ? "≈" : "") + value;
        }
    }

    public record Publications(List<PageLine> pages) {
        /** The reach of every page's posts; unknown when none was read. */
        public Reach reach() {
            Reach all = Reach.UNKNOWN;
            for (PageLine p : pages) {
                all = all.plus(p.reach());
            }
            return all;
        }

        public int norm() {
            return pages.stream().mapToInt(PageLine::norm).sum();
        }

        public int published() {
            return pages.stream().mapToInt(PageLine::published).sum();
        }

        public int missing() {
            return pages.stream().mapToInt(PageLine::missing).sum();
        }

        public int pagesMet() {
            return (int) pages.stream().filter(PageLine::met).count();
        }

        /** Posts of every page by format, in the order of the enum. */
        public Map<PostFormat, Integer> formats() {
            Map<PostFormat, Integer> all = new java.util.EnumMap<>(PostFormat.class);
            for (PageLine p : pages) {
                p.formats().forEach((f, n) -> all.merge(f, n, Integer::sum));
            }
            return all;
        }
    }

    /** Plan items whose day falls in the week. {@code moved}: taken off one of the week's days. */
    public record Plan(int planned, int published, int moved, int cancelled, int overdue, int open) {
    }

    /**
     * Comments handled in the week. {@code byAction} holds the action codes of the moderation
     * record (DELETED, BLACKLISTED, RESTRICTED, LEFT, ANSWERED). {@code roundDays}: working days on
     * which every page active that day was checked.
     */
    public record Moderation(int records, Map<DeletionGround, Integer> byGround, Map<String, Integer> byAction,
            int blacklisted, int roundDays, int workingDays) {
    }

    /** Why a message is listed in the report. */
    public enum MessageState {
        /** Answered, but after the deadline. */
        LATE,
        /** Not answered by the end of the week, the deadline not yet passed then. */
        OPEN,
        /** Not answered by the end of the week and past its deadline. */
        OPEN_OVERDUE
    }

    /**
     * A message answered late or still open. {@code page}: the organization whose page it came to
     * (its address apart, for a link). {@code late}: working time past the deadline (to the answer,
     * or to the end of the week for an open one); zero when not late.
     */
    public record MessageLine(LocalDateTime detectedAt, String network, String page, String address, String topic,
            boolean high, LocalDateTime due, LocalDateTime answeredAt, Duration late, MessageState state) {
        public double lateHours() {
            return late.toMinutes() / 60.0;
        }

        /** «3 ч 10 мин»; empty when the message is not late (an open one whose deadline has not passed). */
        public String lateText() {
            return state == MessageState.OPEN ? "" : ru.officialpages.i18n.RuFormat.duration(late);
        }
    }

    /**
     * Messages detected in the week, as they stood at the end of it (or now, for the current
     * week): {@code received = inTime + late + open + closedNoAnswer}. {@code awaitingFinal}:
     * answered with an interim answer, no final one yet (novokubansky-1740 app.1 §18).
     */
    public record Messages(int received, int inTime, int late, int awaitingFinal, int open, int closedNoAnswer,
            List<MessageLine> lines) {
        public double lateHours() {
            return lines.stream().filter(l -> l.state() == MessageState.LATE).mapToDouble(MessageLine::lateHours).sum();
        }

        /** {@link #lateTotal} as the clerk reads it: «3 ч 10 мин», or «0 мин» when no answer was late. */
        public String lateTotalText() {
            Duration d = lateTotal();
            return d.isZero() ? ru.officialpages.i18n.Tr.tr("calendar.duration.minutes", "0") : ru.officialpages.i18n.RuFormat.duration(d);
        }

        /**
         * {@link #lateTotal} in a table column: «3 ч 10 мин», or «—» for a week with no late answer
         * (a zero delay reads as a measured one; issue 18 item 5).
         */
        public String lateColumnText() {
            Duration d = lateTotal();
            return d.isZero() ? ru.officialpages.i18n.Tr.tr("report.noDelay") : ru.officialpages.i18n.RuFormat.duration(d);
        }

        /** The working time answers were late in all, «3 ч 10 мин». */
        public Duration lateTotal() {
            return lines.stream().filter(l -> l.state() == MessageState.LATE).map(MessageLine::late)
                    .reduce(Duration.ZERO, Duration::plus);
        }
    }
}
