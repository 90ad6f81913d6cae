package ru.officialpages.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.CalendarSource;
import ru.officialpages.rules.CalendarYear;
import ru.officialpages.rules.DayType;

/**
 * Reads the production calendar in the open-data format of data.gov.ru: a header
 * {@code "Год/Месяц","Январь",…,"Декабрь","Всего рабочих дней",…} and one row per year whose month
 * cells list the days off; {@code 23*} is a shortened (working) day, {@code 9+} a transferred day
 * off. A Saturday or Sunday not listed is a working day moved there by the decree.
 */
public final class ProductionCalendarCsv {
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})([*+]?)");
    private static final String WORKING_DAYS_COLUMN = "всего рабочих дней";
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2299;

    private ProductionCalendarCsv() {
    }

    public static List<CalendarYear> parse(String text, CalendarSource source) throws CalendarImportException {
        return parse(new StringReader(text), source);
    }

    /** Every year of the file, in file order; the reader is read to the end, not closed. */
    public static List<CalendarYear> parse(Reader reader, CalendarSource source) throws CalendarImportException {
        List<String> lines = readLines(reader);
        int headerIndex = firstNonBlank(lines, 0);
        if (headerIndex < 0) {
            throw new CalendarImportException(0, Tr.tr("calendar.import.empty"));
        }
        List<String> header = cells(lines.get(headerIndex), headerIndex + 1);
        checkHeader(header, headerIndex + 1);
        int workingDaysColumn = -1;
        for (int i = 13; i < header.size(); i++) {
            if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(WORKING_DAYS_COLUMN)) {
                workingDaysColumn = i;
            }
        }
        List<CalendarYear> years = new ArrayList<>();
        Map<Integer, Integer> seenAt = new HashMap<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            CalendarYear year = parseRow(cells(lines.get(i), lineNumber), lineNumber, workingDaysColumn, source);
            Integer earlier = seenAt.putIfAbsent(year.year(), lineNumber);
            if (earlier != null) {
                throw new CalendarImportException(lineNumber, Tr.tr("calendar.import.duplicateYear",
                        String.valueOf(year.year()), String.valueOf(earlier)));
            }
            years.add(year);
        }
        if (years.isEmpty()) {
            throw new CalendarImportException(0, Tr.tr("calendar.import.noYears"));
        }
        return List.copyOf(years);
    }

    private static void checkHeader(List<String> header, int lineNumber) throws CalendarImportException {
        String first = header.get(0).trim();
        if (first.matches("\\d+")) {
            throw new CalendarImportException(lineNumber, Tr.tr("calendar.import.noHeader"));
        }
        if (header.size() < 13) {
            throw new CalendarImportException(lineNumber,
                    Tr.tr("calendar.import.monthCount", String.valueOf(header.size() - 1)));
        }
    }

    private static CalendarYear parseRow(List<String> cells, int lineNumber, int workingDaysColumn,
            CalendarSource source) throws CalendarImportException {
        if (cells.size() < 13) {
            throw new CalendarImportException(lineNumber,
                    Tr.tr("calendar.import.monthCount", String.valueOf(cells.size() - 1)));
        }
        String yearText = cells.get(0).trim();
        int year;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            throw new CalendarImportException(lineNumber, Tr.tr("calendar.import.badYear", yearText));
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new CalendarImportException(lineNumber, Tr.tr("calendar.import.badYear", yearText));
        }
        Map<LocalDate, DayType> days = new TreeMap<>();
        for (int month = 1; month <= 12; month++) {
            Map<LocalDate, DayType> listed = parseMonth(cells.get(month), YearMonth.of(year, month), lineNumber);
            days.putAll(listed);
            for (LocalDate d = LocalDate.of(year, month, 1); d.getMonthValue() == month; d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (weekend && !listed.containsKey(d)) {
                    days.put(d, DayType.WORKING);
                }
            }
        }
        CalendarYear result = new CalendarYear(year, days, source);
        if (workingDaysColumn >= 0 && workingDaysColumn < cells.size()) {
            String stated = cells.get(workingDaysColumn).trim();
            // A total that contradicts the listed days means the row itself is wrong; say so
            // rather than guess which of the two is right.
            if (stated.matches("\\d+") && Integer.parseInt(stated) != result.workingDays()) {
                throw new CalendarImportException(lineNumber, Tr.tr("calendar.import.totalMismatch",
                        stated, String.valueOf(result.workingDays())));
            }
        }
        return result;
    }

    private static Map<LocalDate, DayType> parseMonth(String cell, YearMonth month, int lineNumber)
            throws CalendarImportException {
        Map<LocalDate, DayType> days = new TreeMap<>();
        if (cell.isBlank()) {
            return days;
        }
        for (String raw : cell.split(",")) {
            String token = raw.trim();
            Matcher m = DAY.matcher(token);
            if (!m.matches()) {
                throw new CalendarImportException(lineNumber,
                        Tr.tr("calendar.import.badDayToken", token, monthIn(month.getMonthValue())));
            }
            int day = Integer.parseInt(m.group(1));
            LocalDate date;
            try {
                date = month.atDay(day);
            } catch (DateTimeException e) {
                throw new CalendarImportException(lineNumber,
                        Tr.tr("calendar.import.noSuchDay", token, monthIn(month.getMonthValue())));
            }
            DayType type = "*".equals(m.group(2)) ? DayType.SHORTENED : DayType.NON_WORKING;
            if (days.put(date, type) != null) {
                throw new CalendarImportException(lineNumber,
                        Tr.tr("calendar.import.dayTwice", String.valueOf(day), monthIn(month.getMonthValue())));
            }
        }
        return days;
    }

    /** Splits one CSV line on commas outside double quotes; {@code ""} inside quotes is a quote. */
    static List<String> cells(String line, int lineNumber) throws CalendarImportException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new CalendarImportException(lineNumber, Tr.tr("calendar.import.unclosedQuote"));
        }
        cells.add(cell.toString());
        return cells;
    }

    static List<String> readLines(Reader reader) {
        List<String> lines = new ArrayList<>();
        try {
            BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String monthIn(int month) {
        return switch (month) {
            case 1 -> Tr.tr("calendar.month.in.january");
            case 2 -> Tr.tr("calendar.month.in.february");
            case 3 -> Tr.tr("calendar.month.in.march");
            case 4 -> Tr.tr("calendar.month.in.april");
            case 5 -> Tr.tr("calendar.month.in.may");
            case 6 -> Tr.tr("calendar.month.in.june");
            case 7 -> Tr.tr("calendar.month.in.july");
            case 8 -> Tr.tr("calendar.month.in.august");
            case 9 -> Tr.tr("calendar.month.in.september");
            case 10 -> Tr.tr("calendar.month.in.october");
            case 11 -> Tr.tr("calendar.month.in.november");
            default -> Tr.tr("calendar.month.in.december");
        };
    }
}
