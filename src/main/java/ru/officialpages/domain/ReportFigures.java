package ru.officialpages.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The figures a weekly or period report is made of, as the database aggregates them: what the
 * report package reads, answered by storage ({@code ReportRepository}) and handed over by the report
 * desk, so report and storage do not call each other (issue 15). Plain values only.
 */
public interface ReportFigures {

    /**
     * A page active in a week, with the posts of the days it existed that week and their formats.
     * {@code address} is the one valid on the page's last active day of that week.
     */
    record PageWeek(long pageId, String organization, OrganizationKind kind, String networkCode, String address,
            LocalDate createdOn, LocalDate deletedOn, Integer weeklyNorm, int published, Map<PostFormat, Integer> formats) {
    }

    /** Plan items of a week by what became of them. {@code moved}: items taken off one of its days. */
    record PlanWeek(int planned, int published, int cancelled, int open, int overdue, int moved) {
    }

    /**
     * Comments handled in a week: records by ground and by action (codes of V8), authors put on
     * the blacklist, and how many pages were checked on each day of the week.
     */
    record ModerationWeek(int records, Map<String, Integer> byGround, Map<String, Integer> byAction,
            int blacklisted, Map<LocalDate, Integer> pagesChecked) {
    }

    /**
     * A message detected in a week and the times of its course (V9); {@code organization} is the
     * name of its page's organization (empty when the message names no page).
     */
    record MessageCourse(long id, LocalDateTime detectedAt, String networkCode, String organization,
            String pageAddress, String topic,
            boolean high, LocalDateTime answerDue, LocalDateTime interimAt, LocalDateTime finalAt,
            LocalDateTime closedAt) {
    }

    /**
     * The reach of a page's posts of some days (V19, written by the sync): {@code posts} of them have
     * reach read, {@code postsWithViews} show views (a VK or OK post may show none).
     * {@code approximate}: some figure was rounded (Telegram).
     */
    record ReachDays(long pageId, int posts, int postsWithViews, long views, long likes, long reposts, long comments,
            boolean approximate) {
    }

    /** The pages active in the week from {@code monday}. */
    List<PageWeek> pagesOfWeek(LocalDate monday);

    /** The pages active on any of the days {@code first} … {@code last} of one week, with those days' posts. */
    List<PageWeek> pagesOfDays(LocalDate first, LocalDate last);

    /** The pages of each of {@code weeks} weeks from {@code firstMonday}, in one answer. */
    List<PageWeek> pagesOfWeeks(LocalDate firstMonday, int weeks);

    /** Posts published in each of {@code weeks} weeks from {@code firstMonday}. */
    int[] postsOfWeeks(LocalDate firstMonday, int weeks);

    /** The first day anything was recorded, or null when nothing was. */
    LocalDate firstRecordDay();

    /** The plan items of {@code first} … {@code last}; {@code today} decides what is overdue. */
    PlanWeek planOfDays(LocalDate first, LocalDate last, LocalDate today);

    /** Moderation of {@code first} … {@code last}. */
    ModerationWeek moderationOfDays(LocalDate first, LocalDate last);

    /** The messages detected from {@code from} (inclusive) to {@code to} (exclusive). */
    List<MessageCourse> messagesDetected(LocalDateTime from, LocalDateTime to);

    /** The reach of each page's posts of {@code first} … {@code last} that has any. */
    Map<Long, ReachDays> reachOfDays(LocalDate first, LocalDate last);
}
