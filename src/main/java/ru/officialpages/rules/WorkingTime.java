package ru.officialpages.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;

/**
 * Working-time arithmetic over a production calendar and the office's hours: deadlines such as
 * "answer within 3 working hours" (novokubansky-1740 app.1 §9) or "within 5 working days"
 * (novoaltaysk-608 §1.4). Time is always passed in; nothing here reads the clock.
 *
 * <p>Counting walks whole working intervals and days, never minutes, so a deadline costs a few
 * map lookups per calendar day it spans.
 */
public final class WorkingTime {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final long NANOS_PER_HOUR = 60 * NANOS_PER_MINUTE;
    private static final long[] NONE = new long[0];
    /** A calendar with no working day in ten years is broken; stop rather than loop forever. */
    private static final int MAX_IDLE_DAYS = 3660;
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("H:mm");

    private final ProductionCalendar calendar;
    private final OfficeHours officeHours;
    /** [day of week - 1][0 = working, 1 = shortened]: interval bounds in nanoseconds of the day. */
    private final long[][][] intervals = new long[7][2][];

    public WorkingTime(ProductionCalendar calendar, OfficeHours officeHours) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.officeHours = Objects.requireNonNull(officeHours, "officeHours");
        for (DayOfWeek dow : DayOfWeek.values()) {
            long[] full = officeHours.hoursOnWorkingDay(dow).map(WorkingTime::bounds).orElse(NONE);
            intervals[dow.getValue() - 1][0] = full;
            intervals[dow.getValue() - 1][1] = shortenByOneHour(full);
        }
    }

    public ProductionCalendar calendar() {
        return calendar;
    }

    public OfficeHours officeHours() {
        return officeHours;
    }

    /** A new engine over the same office hours and another calendar (e.g. with a user's override). */
    public WorkingTime withCalendar(ProductionCalendar other) {
        return new WorkingTime(other, officeHours);
    }

    public List<WorkingInterval> workingIntervals(LocalDate date) {
        long[] b = boundsOn(date);
        List<WorkingInterval> result = new ArrayList<>(b.length / 2);
        for (int i = 0; i < b.length; i += 2) {
            result.add(new WorkingInterval(at(date, b[i]), at(date, b[i + 1])));
        }
        return result;
    }

    /** A date the calendar makes working and on which the office has hours. */
    public boolean isWorkingDay(LocalDate date) {
        return boundsOn(date).length > 0;
    }

    /** Inside a working interval (its end excluded). */
    public boolean isWorkingMoment(LocalDateTime moment) {
        long[] b = boundsOn(moment.toLocalDate());
        long t = moment.toLocalTime().toNanoOfDay();
        for (int i = 0; i < b.length; i += 2) {
            if (t >= b[i] && t < b[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The {@code n}-th working day after {@code date} ({@code date} itself for n = 0). */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = date;
        int idle = 0;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
                idle = 0;
            } else if (++idle > MAX_IDLE_DAYS) {
                throw noWorkingDays(date);
            }
        }
        return d;
    }

    /**
     * The earliest moment by which {@code amount} of working time has passed since {@code start}.
     * A start outside office hours counts from the next working moment. The result is inside a
     * working interval or exactly at its end (1 h from 12:00 is 13:00, not 14:00 after lunch), so
     * {@code between(start, addWorkingHours(start, x))} is {@code x} again. A zero amount gives
     * {@code start} itself.
     */
    public LocalDateTime addWorkingHours(LocalDateTime start, Duration amount) {
        return add(start, amount, null);
    }

    /**
     * Working time between two moments; negative when {@code b} is before {@code a}.
     */
    public Duration between(LocalDateTime a, LocalDateTime b) {
        if (b.isBefore(a)) {
            return between(b, a).negated();
        }
        LocalDate last = b.toLocalDate();
        long total = 0;
        for (LocalDate d = a.toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            long[] bounds = boundsOn(d);
            long from = d.equals(a.toLocalDate()) ? a.toLocalTime().toNanoOfDay() : 0;
            long to = d.equals(last) ? b.toLocalTime().toNanoOfDay() : Long.MAX_VALUE;
            for (int i = 0; i < bounds.length; i += 2) {
                long s = Math.max(bounds[i], from);
                long e = Math.min(bounds[i + 1], to);
                if (e > s) {
                    total += e - s;
                }
            }
        }
        return Duration.ofNanos(total);
    }

    /** {@link #addWorkingHours} with a sentence saying which days the time falls on. */
    public Deadline explainHours(LocalDateTime start, Duration amount) {
        List<DayShare> shares = new ArrayList<>();
        LocalDateTime due = add(start, amount, shares);
        List<String> parts = new ArrayList<>();
        for (DayShare share : shares) {
            parts.add(Tr.tr("calendar.explain.part", durationText(share.nanos()),
                    weekdayWithPreposition(share.date().getDayOfWeek()), dateText(share.date(), start.getYear())));
        }
        String text = parts.isEmpty()
                ? Tr.tr("calendar.explain.hours.none", amountText(amount))
                : Tr.tr("calendar.explain.hours", amountText(amount), String.join(", ", parts));
        return withNotices(due, text, start.getYear(), due.getYear());
    }

    /**
     * {@link #addWorkingDays} as a deadline: due at the end of the office hours of the last day.
     */
    public Deadline explainDays(LocalDate date, int n) {
        LocalDate dueDate = addWorkingDays(date, n);
        long[] b = boundsOn(dueDate);
        LocalDateTime due = b.length > 0 ? at(dueDate, b[b.length - 1]) : dueDate.atTime(LocalTime.MAX);
        String text = Tr.tr("calendar.explain.days",
                Tr.count(n, "calendar.workingDay.one", "calendar.workingDay.few", "calendar.workingDay.many"),
                dateText(date, date.getYear()), weekdayName(dueDate.getDayOfWeek()),
                dateText(dueDate, date.getYear()), HOURS_MINUTES.format(due.toLocalTime()));
        List<String> skipped = skippedRanges(date, dueDate);
        if (!skipped.isEmpty()) {
            text = Tr.tr("calendar.explain.skipped", text, String.join(", ", skipped));
        }
        return withNotices(due, text, date.getYear(), dueDate.getYear());
    }

    private LocalDateTime add(LocalDateTime start, Duration amount, List<DayShare> shares) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A negative amount of working time: " + amount);
        }
        long remaining = amount.toNanos();
        if (remaining == 0) {
            return start;
        }
        LocalDate date = start.toLocalDate();
        long t = start.toLocalTime().toNanoOfDay();
        int idle = 0;
        while (true) {
            long[] b = boundsOn(date);
            long usedToday = 0;
            for (int i = 0; i < b.length; i += 2) {
                if (b[i + 1] <= t) {
                    continue;
                }
                long from = Math.max(b[i], t);
                long available = b[i + 1] - from;
                if (remaining <= available) {
                    if (shares != null) {
                        shares.add(new DayShare(date, usedToday + remaining));
                    }
                    return at(date, from + remaining);
                }
                remaining -= available;
                usedToday += available;
            }
            if (usedToday > 0) {
                idle = 0;
                if (shares != null) {
                    shares.add(new DayShare(date, usedToday));
                }
            } else if (++idle > MAX_IDLE_DAYS) {
                throw noWorkingDays(start.toLocalDate());
            }
            date = date.plusDays(1);
            t = 0;
        }
    }

    private long[] boundsOn(LocalDate date) {
        DayType type = calendar.dayType(date);
        if (type == DayType.NON_WORKING) {
            return NONE;
        }
        return intervals[date.getDayOfWeek().getValue() - 1][type == DayType.SHORTENED ? 1 : 0];
    }

    private static long[] bounds(OfficeHours.Day day) {
        if (day.hasLunch()) {
            return new long[] {day.start().toNanoOfDay(), day.lunchStart().toNanoOfDay(),
                    day.lunchEnd().toNanoOfDay(), day.end().toNanoOfDay()};
        }
        return new long[] {day.start().toNanoOfDay(), day.end().toNanoOfDay()};
    }

    /**
     * ТК РФ ст. 95: the day before a holiday is one working hour shorter. The hour comes off the
     * end of the day; if the part after lunch is shorter than an hour, the rest comes off the
     * morning, so the day is shorter by a working hour, not by an hour of the clock.
     */
    static long[] shortenByOneHour(long[] full) {
        List<Long> kept = new ArrayList<>();
        long cut = NANOS_PER_HOUR;
        for (int i = full.length - 2; i >= 0; i -= 2) {
            long s = full[i];
            long e = full[i + 1];
            long take = Math.min(cut, e - s);
            cut -= take;
            e -= take;
            if (e > s) {
                kept.add(0, e);
                kept.add(0, s);
            }
        }
        long[] result = new long[kept.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = kept.get(i);
        }
        return result;
    }

    private static LocalDateTime at(LocalDate date, long nanoOfDay) {
        return LocalDateTime.of(date, LocalTime.ofNanoOfDay(nanoOfDay));
    }

    private Deadline withNotices(LocalDateTime due, String text, int firstYear, int lastYear) {
        List<Integer> missing = new ArrayList<>();
        String result = text;
        for (int y = firstYear; y <= lastYear; y++) {
            Optional<String> notice = calendar.missingDataNotice(y);
            if (notice.isPresent()) {
                missing.add(y);
                result = Tr.tr("calendar.explain.withNotice", result, notice.get());
            }
        }
        return new Deadline(due, result, missing);
    }

    private List<String> skippedRanges(LocalDate from, LocalDate to) {
        List<String> ranges = new ArrayList<>();
        LocalDate rangeStart = null;
        LocalDate previous = null;
        for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                if (rangeStart == null) {
                    rangeStart = d;
                }
                previous = d;
            } else if (rangeStart != null) {
                ranges.add(rangeText(rangeStart, previous, from.getYear()));
                rangeStart = null;
            }
        }
        if (rangeStart != null) {
            ranges.add(rangeText(rangeStart, previous, from.getYear()));
        }
        return ranges;
    }

    private static String rangeText(LocalDate first, LocalDate last, int baseYear) {
        return first.equals(last)
                ? dateText(first, baseYear)
                : Tr.tr("calendar.range", dateText(first, baseYear), dateText(last, baseYear));
    }

    /** dd.MM, with the year added once the count has crossed into another year. */
    private static String dateText(LocalDate date, int baseYear) {
        return date.getYear() == baseYear ? RuFormat.dayMonth(date) : RuFormat.date(date);
    }

    static String amountText(Duration amount) {
        long nanos = amount.toNanos();
        if (nanos % NANOS_PER_MINUTE == 0) {
            long minutes = nanos / NANOS_PER_MINUTE;
            if (minutes % 60 == 0) {
                return Tr.count(minutes / 60, "calendar.workingHour.one", "calendar.workingHour.few",
                        "calendar.workingHour.many");
            }
            if (minutes < 60) {
                return Tr.count(minutes, "calendar.workingMinute.one", "calendar.workingMinute.few",
                        "calendar.workingMinute.many");
            }
        }
        return Tr.tr("calendar.amount.mixed", durationText(nanos));
    }

    static String durationText(long nanos) {
        long hours = nanos / NANOS_PER_HOUR;
        long minutes = nanos % NANOS_PER_HOUR / NANOS_PER_MINUTE;
        if (hours > 0 && minutes > 0) {
            return Tr.tr("calendar.duration.hoursMinutes", String.valueOf(hours), String.valueOf(minutes));
        }
        if (hours > 0) {
            return Tr.tr("calendar.duration.hours", String.valueOf(hours));
        }
        if (minutes > 0) {
            return Tr.tr("calendar.duration.minutes", String.valueOf(minutes));
        }
        return Tr.tr("calendar.duration.underMinute");
    }

    private static String weekdayWithPreposition(DayOfWeek dow) {
        return switch (dow) {
            case MONDAY -> Tr.tr("calendar.weekday.on.monday");
            case TUESDAY -> Tr.tr("calendar.weekday.on.tuesday");
            case WEDNESDAY -> Tr.tr("calendar.weekday.on.wednesday");
            case THURSDAY -> Tr.tr("calendar.weekday.on.thursday");
            case FRIDAY -> Tr.tr("calendar.weekday.on.friday");
            case SATURDAY -> Tr.tr("calendar.weekday.on.saturday");
            case SUNDAY -> Tr.tr("calendar.weekday.on.sunday");
        };
    }

    private static String weekdayName(DayOfWeek dow) {
        return switch (dow) {
            case MONDAY -> Tr.tr("calendar.weekday.monday");
            case TUESDAY -> Tr.tr("calendar.weekday.tuesday");
            case WEDNESDAY -> Tr.tr("calendar.weekday.wednesday");
            case THURSDAY -> Tr.tr("calendar.weekday.thursday");
            case FRIDAY -> Tr.tr("calendar.weekday.friday");
            case SATURDAY -> Tr.tr("calendar.weekday.saturday");
            case SUNDAY -> Tr.tr("calendar.weekday.sunday");
        };
    }

    private static IllegalStateException noWorkingDays(LocalDate from) {
        return new IllegalStateException("No working day within " + MAX_IDLE_DAYS + " days after " + from
                + ": check the calendar overrides and office hours");
    }

    private record DayShare(LocalDate date, long nanos) {
    }
}
