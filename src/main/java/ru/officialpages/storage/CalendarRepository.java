package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.officialpages.rules.CalendarSource;
import ru.officialpages.rules.CalendarYear;
import ru.officialpages.rules.DayType;
import ru.officialpages.rules.OfficeHours;
import ru.officialpages.rules.ProductionCalendar;
import ru.officialpages.rules.WorkingTime;

/** The production calendar as the user keeps it: imported years, corrected days, office hours. */
public final class CalendarRepository {
    private final Database db;
    private final List<CalendarYear> builtIn;

    /** {@code builtIn}: the years shipped with the program, which imported years replace. */
    public CalendarRepository(Database db, List<CalendarYear> builtIn) {
        this.db = db;
        this.builtIn = List.copyOf(builtIn);
    }

    /** The calendar in force: shipped years, then imported ones over them, then the user's corrections. */
    public ProductionCalendar calendar() {
        return db.read(this::calendar);
    }

    /** Working time by the calendar in force and the office hours, read together. */
    public WorkingTime workingTime() {
        return db.read(c -> new WorkingTime(calendar(c), officeHours(c)));
    }

    /**
     * The imported years with their days and the user's corrections in one query (a year with no row of
     * days still counts as imported): every screen reads the calendar, and on a district's server each
     * query is a round trip (issue 20).
     */
    private ProductionCalendar calendar(Connection c) throws SQLException {
        Map<Integer, Map<LocalDate, DayType>> byYear = new TreeMap<>();
        Map<LocalDate, DayType> overrides = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT y.year, d.day, d.type FROM calendar_imported_year y LEFT JOIN calendar_imported_day d ON d.year = y.year"
                        + " UNION ALL SELECT NULL, day, type FROM calendar_override");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int year = rs.getInt(1);
                boolean imported = !rs.wasNull();
                String day = rs.getString(2);
                if (!imported) {
                    overrides.put(Iso.date(day), DayType.valueOf(rs.getString(3)));
                } else {
                    Map<LocalDate, DayType> days = byYear.computeIfAbsent(year, y -> new TreeMap<>());
                    if (day != null) {
                        days.put(Iso.date(day), DayType.valueOf(rs.getString(3)));
                    }
                }
            }
        }
        List<CalendarYear> years = new ArrayList<>(builtIn);
        byYear.forEach((year, days) -> years.add(new CalendarYear(year, days, CalendarSource.IMPORTED)));
        return new ProductionCalendar(years, overrides);
    }

    /** Replaces the given years as imported, all in one transaction. */
    public void importYears(List<CalendarYear> years, LocalDateTime at) {
        db.write(c -> {
            for (CalendarYear y : years) {
                exec(c, "DELETE FROM calendar_imported_day WHERE year = ?", y.year());
                exec(c, "DELETE FROM calendar_imported_year WHERE year = ?", y.year());
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO calendar_imported_year (year, imported_at) VALUES (?, ?)")) {
                    ps.setInt(1, y.year());
                    ps.setString(2, Iso.minute(at));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO calendar_imported_day (year, day, type) VALUES (?, ?, ?)")) {
                    for (Map.Entry<LocalDate, DayType> d : y.specialDays().entrySet()) {
                        ps.setInt(1, y.year());
                        ps.setString(2, d.getKey().toString());
                        ps.setString(3, d.getValue().name());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    /** Corrects days by hand; a null type removes the correction, so the calendar's own type returns. */
    public void setDays(Map<LocalDate, DayType> days) {
        db.write(c -> {
            for (Map.Entry<LocalDate, DayType> d : days.entrySet()) {
                exec(c, "DELETE FROM calendar_override WHERE day = ?", d.getKey().toString());
                if (d.getValue() != null) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO calendar_override (day, type) VALUES (?, ?)")) {
                        ps.setString(1, d.getKey().toString());
                        ps.setString(2, d.getValue().name());
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    public void setDay(LocalDate day, DayType type) {
        Map<LocalDate, DayType> one = new TreeMap<>();
        one.put(day, type);
        setDays(one);
    }

    public OfficeHours officeHours() {
        return db.read(CalendarRepository::officeHours);
    }

    private static OfficeHours officeHours(Connection c) throws SQLException {
        Map<DayOfWeek, OfficeHours.Day> days = new EnumMap<>(DayOfWeek.class);
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT weekday, start_time, end_time, lunch_start, lunch_end FROM office_hours");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows++;
                if (rs.getString(2) != null) {
                    days.put(DayOfWeek.of(rs.getInt(1)), new OfficeHours.Day(time(rs.getString(2)),
                            time(rs.getString(3)), time(rs.getString(4)), time(rs.getString(5))));
                }
            }
        }
        return rows == 0 ? OfficeHours.defaults() : new OfficeHours(days);
    }

    public void saveOfficeHours(OfficeHours hours) {
        db.write(c -> {
            exec(c, "DELETE FROM office_hours");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO office_hours (weekday, start_time, end_time, lunch_start, lunch_end) VALUES (?, ?, ?, ?, ?)")) {
                for (DayOfWeek dow : DayOfWeek.values()) {
                    OfficeHours.Day d = hours.days().get(dow);
                    ps.setInt(1, dow.getValue());
                    ps.setString(2, d == null ? null : d.start().toString());
                    ps.setString(3, d == null ? null : d.end().toString());
                    ps.setString(4, d == null || !d.hasLunch() ? null : d.lunchStart().toString());
                    ps.setString(5, d == null || !d.hasLunch() ? null : d.lunchEnd().toString());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private static LocalTime time(String s) {
        return s == null ? null : LocalTime.parse(s);
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
