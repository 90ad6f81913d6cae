package ru.officialpages.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.officialpages.formats.TextEncoding;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.CalendarSource;
import ru.officialpages.rules.CalendarYear;
import ru.officialpages.rules.DayType;

/**
 * A calendar file the user picked: the open-data production calendar (whole years) or a simple
 * list of dates (corrections of single days). Told apart by the header; UTF-8 or Windows-1251.
 */
public record CalendarFile(List<CalendarYear> years, Map<LocalDate, DayType> days) {
    static final long MAX_BYTES = 5L * 1024 * 1024;

    public static CalendarFile read(Path file) throws CalendarImportException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CalendarImportException(0, Tr.tr("calendar.file.tooBig"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CalendarImportException(0, Tr.tr("calendar.file.unreadable", file.getFileName()));
        }
        // The encoding guessed as for every text file the user brings.
        return parse(TextEncoding.decode(bytes));
    }

    public static CalendarFile parse(String text) throws CalendarImportException {
        String firstLine = text.strip().lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        if (firstLine.contains("год/месяц")) {
            return new CalendarFile(ProductionCalendarCsv.parse(text, CalendarSource.IMPORTED), Map.of());
        }
        return new CalendarFile(List.of(), SimpleDatesCsv.parse(text));
    }
}
