package ru.officialpages.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ru.officialpages.rules.CalendarSource;
import ru.officialpages.rules.CalendarYear;

/**
 * The production calendar years shipped with the program, one open-data CSV per year under
 * {@code /ru/officialpages/calendar/}. Each is written from the Government decree for that year
 * and checked in tests against the published totals.
 */
public final class BuiltInCalendars {
    /**
     * The shipped years. 2023: decree No. 2406 of 29.08.2022; 2024: No. 1251 of 10.08.2023;
     * 2025: No. 1335 of 04.10.2024; 2026: No. 1466 of 24.09.2025. Add a year here when its
     * file is added; any later year falls back to the Labour Code alone.
     */
    public static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);

    private static final String FOLDER = "/ru/officialpages/calendar/";

    private BuiltInCalendars() {
    }

    /**
     * All shipped years. A missing or broken file is a defect of the build, not of the user's
     * data, so it fails loudly.
     */
    public static List<CalendarYear> load() {
        List<CalendarYear> years = new ArrayList<>();
        for (int year : YEARS) {
            years.add(load(year));
        }
        return List.copyOf(years);
    }

    static CalendarYear load(int year) {
        String resource = FOLDER + year + ".csv";
        try (InputStream in = BuiltInCalendars.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Built-in calendar missing: " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                List<CalendarYear> parsed = ProductionCalendarCsv.parse(reader, CalendarSource.BUILT_IN);
                if (parsed.size() != 1 || parsed.get(0).year() != year) {
                    throw new IllegalStateException(resource + " must hold exactly the year " + year);
                }
                return parsed.get(0);
            }
        } catch (CalendarImportException e) {
            throw new IllegalStateException("Built-in calendar " + resource + " is broken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
