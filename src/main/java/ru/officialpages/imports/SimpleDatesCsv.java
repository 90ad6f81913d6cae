package ru.officialpages.imports;

import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.CalendarSource;
import ru.officialpages.rules.CalendarYear;
import ru.officialpages.rules.DayType;

/**
 * Reads a plain list of calendar days, one per line: {@code дата;тип}, the date as
 * {@code dd.MM.yyyy} or {@code yyyy-MM-dd}, the type {@code выходной}, {@code рабочий} or
 * {@code сокращённый}; {@code ;} or {@code ,} between them; an optional header line; blank lines
 * and lines starting with {@code #} are skipped.
 */
public final class SimpleDatesCsv {
    private static final DateTimeFormatter RUSSIAN_DATE =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private SimpleDatesCsv() {
    }

    public static Map<LocalDate, DayType> parse(String text) throws CalendarImportException {
        return parse(new StringReader(text));
    }

    /** The days of the file, sorted by date; the reader is read to the end, not closed. */
    public static Map<LocalDate, DayType> parse(Reader reader) throws CalendarImportException {
        List<String> lines = ProductionCalendarCsv.readLines(reader);
        Map<LocalDate, DayType> days = new TreeMap<>();
        Map<LocalDate, Integer> seenAt = new HashMap<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            String[] parts = line.split("[;,]", -1);
            if (first && isHeader(parts[0])) {
                first = false;
                continue;
            }
            first = false;
            if (parts.length != 2) {
                throw new CalendarImportException(lineNumber, Tr.tr("calendar.import.simple.shape", line));
            }
            LocalDate date = parseDate(unquote(parts[0]), lineNumber);
            DayType type = parseType(unquote(parts[1]), lineNumber);
            Integer earlier = seenAt.putIfAbsent(date, lineNumber);
            if (earlier != null) {
                throw new CalendarImportException(lineNumber, Tr.tr("calendar.import.simple.duplicate",
                        RUSSIAN_DATE.format(date), String.valueOf(earlier)));
            }
            days.put(date, type);
        }
        if (days.isEmpty()) {
            throw new CalendarImportException(0, Tr.tr("calendar.import.simple.empty"));
        }
        return Collections.unmodifiableMap(days);
    }

    /** The listed days as calendar years, for importing whole years rather than single corrections. */
    public static List<CalendarYear> asYears(Map<LocalDate, DayType> days, CalendarSource source) {
        Map<Integer, Map<LocalDate, DayType>> byYear = new TreeMap<>();
        days.forEach((date, type) -> byYear.computeIfAbsent(date.getYear(), y -> new TreeMap<>()).put(date, type));
        List<CalendarYear> years = new ArrayList<>();
        byYear.forEach((year, special) -> years.add(new CalendarYear(year, special, source)));
        return List.copyOf(years);
    }

    private static boolean isHeader(String firstCell) {
        String cell = unquote(firstCell).toLowerCase(Locale.ROOT);
        return cell.equals("дата") || cell.equals("date");
    }

    private static LocalDate parseDate(String text, int lineNumber) throws CalendarImportException {
        DateTimeFormatter format = text.contains("-") ? ISO_DATE : RUSSIAN_DATE;
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            throw new CalendarImportException(lineNumber, Tr.tr("calendar.import.simple.badDate", text));
        }
    }

    private static DayType parseType(String text, int lineNumber) throws CalendarImportException {
        String type = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return switch (type) {
            case "выходной" -> DayType.NON_WORKING;
            case "рабочий" -> DayType.WORKING;
            case "сокращенный" -> DayType.SHORTENED;
            default -> throw new CalendarImportException(lineNumber, Tr.tr("calendar.import.simple.badType", text));
        };
    }

    private static String unquote(String cell) {
        String s = cell.trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s;
    }
}
