package ru.officialpages.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One year of the production calendar. {@code specialDays} holds only what differs from the plain
 * five-day week (or restates it); any date not in it is a working day on Monday–Friday and a day
 * off on Saturday and Sunday.
 */
public record CalendarYear(int year, Map<LocalDate, DayType> specialDays, CalendarSource source) {

    /** ТК РФ ст. 112 ч. 1: the non-working holidays outside the New Year holidays. */
    private static final List<MonthDay> MOVABLE_HOLIDAYS = List.of(
            MonthDay.of(Month.FEBRUARY, 23),
            MonthDay.of(Month.MARCH, 8),
            MonthDay.of(Month.MAY, 1),
            MonthDay.of(Month.MAY, 9),
            MonthDay.of(Month.JUNE, 12),
            MonthDay.of(Month.NOVEMBER, 4));

    public CalendarYear {
        Objects.requireNonNull(specialDays, "specialDays");
        Objects.requireNonNull(source, "source");
        for (Map.Entry<LocalDate, DayType> e : specialDays.entrySet()) {
            Objects.requireNonNull(e.getValue(), "day type");
            if (e.getKey().getYear() != year) {
                throw new IllegalArgumentException(e.getKey() + " is not in " + year);
            }
        }
        specialDays = Collections.unmodifiableMap(new TreeMap<>(specialDays));
    }

    /** The type of {@code date}, which must lie in this year. */
    public DayType dayType(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " is not in " + year);
        }
        DayType special = specialDays.get(date);
        return special != null ? special : weekdayDefault(date);
    }

    /** Number of working days (shortened ones included) in the year. */
    public int workingDays() {
        int count = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (dayType(d).isWorking()) {
                count++;
            }
        }
        return count;
    }

    static DayType weekdayDefault(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? DayType.NON_WORKING : DayType.WORKING;
    }

    /**
     * The year as the Labour Code alone makes it, for years without a decree: weekends, the
     * holidays of ст. 112, a weekend holiday moved to the next working day (except the January
     * ones, which only a decree moves, ст. 112 ч. 2), and the working day before a holiday one
     * hour shorter (ст. 95).
     */
    public static CalendarYear fallback(int year) {
        Map<LocalDate, DayType> days = new TreeMap<>();
        for (int d = 1; d <= 8; d++) {
            days.put(LocalDate.of(year, 1, d), DayType.NON_WORKING);
        }
        for (MonthDay md : MOVABLE_HOLIDAYS) {
            days.put(md.atYear(year), DayType.NON_WORKING);
        }
        for (MonthDay md : MOVABLE_HOLIDAYS) {
            LocalDate holiday = md.atYear(year);
            if (weekdayDefault(holiday) == DayType.NON_WORKING) {
                LocalDate moved = holiday.plusDays(1);
                while (weekdayDefault(moved) == DayType.NON_WORKING || days.containsKey(moved)) {
                    moved = moved.plusDays(1);
                }
                days.put(moved, DayType.NON_WORKING);
            }
        }
        // ТК РФ ст. 95: only the eve of a holiday itself is shorter, not the eve of a moved day off;
        // 31 December is the eve of the next year's 1 January.
        List<LocalDate> holidays = new java.util.ArrayList<>();
        holidays.add(LocalDate.of(year, 1, 1));
        for (MonthDay md : MOVABLE_HOLIDAYS) {
            holidays.add(md.atYear(year));
        }
        holidays.add(LocalDate.of(year + 1, 1, 1));
        for (LocalDate holiday : holidays) {
            LocalDate eve = holiday.minusDays(1);
            if (eve.getYear() == year && weekdayDefault(eve) == DayType.WORKING && !days.containsKey(eve)) {
                days.put(eve, DayType.SHORTENED);
            }
        }
        return new CalendarYear(year, days, CalendarSource.FALLBACK);
    }
}
