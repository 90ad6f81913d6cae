package ru.officialpages.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The decree facts for 2023–2026 typed in a second time, so rules tests need no file reading and
 * the shipped CSV files are checked against an independent entry (BuiltInCalendarsTest).
 */
public final class TestCalendars {
    private TestCalendars() {
    }

    public static List<CalendarYear> decreeYears() {
        return List.of(
                year(2023, "01-02 01-03 01-04 01-05 01-06 02-23 02-24 03-08 05-01 05-08 05-09 06-12 11-06",
                        "", "02-22 03-07 11-03"),
                year(2024, "01-01 01-02 01-03 01-04 01-05 01-08 02-23 03-08 04-29 04-30 05-01 05-09 05-10"
                        + " 06-12 11-04 12-30 12-31", "04-27 12-28", "02-22 03-07 05-08 06-11 11-02"),
                year(2025, "01-01 01-02 01-03 01-06 01-07 01-08 05-01 05-02 05-08 05-09 06-12 06-13"
                        + " 11-03 11-04 12-31", "", "03-07 04-30 06-11 11-01"),
                year(2026, "01-01 01-02 01-05 01-06 01-07 01-08 01-09 02-23 03-09 05-01 05-11 06-12"
                        + " 11-04 12-31", "", "04-30 05-08 06-11 11-03"));
    }

    /** 2023–2026 from the decrees, any other year by the Labour Code fallback. */
    public static ProductionCalendar standard() {
        return new ProductionCalendar(decreeYears());
    }

    private static CalendarYear year(int year, String nonWorking, String working, String shortened) {
        Map<LocalDate, DayType> days = new TreeMap<>();
        put(days, year, nonWorking, DayType.NON_WORKING);
        put(days, year, working, DayType.WORKING);
        put(days, year, shortened, DayType.SHORTENED);
        return new CalendarYear(year, days, CalendarSource.BUILT_IN);
    }

    private static void put(Map<LocalDate, DayType> days, int year, String monthDays, DayType type) {
        List<String> items = new ArrayList<>(List.of(monthDays.trim().split("\\s+")));
        items.removeIf(String::isEmpty);
        for (String md : items) {
            days.put(LocalDate.parse(year + "-" + md), type);
        }
    }
}
