package ru.officialpages.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.CalendarFile;
import ru.officialpages.imports.CalendarImportException;
import ru.officialpages.rules.DayType;
import ru.officialpages.rules.Deadline;
import ru.officialpages.rules.ProductionCalendar;
import ru.officialpages.rules.WorkingTime;

/** {@code calendar show YEAR}, {@code calendar deadline …}, {@code calendar import FILE}. */
final class CalendarCommand implements Command {
    private static final DateTimeFormatter DATE = RuFormat.DATE;
    private static final DateTimeFormatter DATE_TIME = RuFormat.DATE_TIME;
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    public String summary() {
        return Tr.tr("cli.calendar.summary");
    }

    @Override
    public boolean writes(List<String> args) {
        return !args.isEmpty() && args.get(0).equals("import");
    }

    @Override
    public int run(List<String> args, CliOutput out, Services services) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException(Tr.tr("cli.calendar.usage"));
        }
        return switch (args.get(0)) {
            case "show" -> show(args.subList(1, args.size()), out, services);
            case "deadline" -> deadline(args.subList(1, args.size()), out, services);
            case "import" -> importFile(args.subList(1, args.size()), out, services);
            default -> throw new UsageException(Tr.tr("cli.calendar.usage"));
        };
    }

    private int show(List<String> args, CliOutput out, Services services) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException(Tr.tr("cli.calendar.usage"));
        }
        int year = parseYear(args.get(0));
        ProductionCalendar calendar = services.get().desks().office().calendar();
        out.out().println(Tr.tr("cli.calendar.show.title", year));
        calendar.missingDataNotice(year).ifPresent(n -> out.out().println(Tr.tr("cli.calendar.warning", n)));
        int working = 0;
        int shortened = 0;
        for (Month month : Month.values()) {
            List<String> off = new ArrayList<>();
            List<String> shortDays = new ArrayList<>();
            List<String> workingWeekends = new ArrayList<>();
            for (LocalDate d = LocalDate.of(year, month, 1); d.getMonth() == month; d = d.plusDays(1)) {
                DayType t = calendar.dayType(d);
                boolean weekend = d.getDayOfWeek().getValue() >= 6;
                if (t == DayType.NON_WORKING) {
                    off.add(String.valueOf(d.getDayOfMonth()));
                } else {
                    working++;
                    if (t == DayType.SHORTENED) {
                        shortened++;
                        shortDays.add(String.valueOf(d.getDayOfMonth()));
                    }
                    if (weekend) {
                        workingWeekends.add(String.valueOf(d.getDayOfMonth()));
                    }
                }
            }
            String name = month.getDisplayName(TextStyle.FULL_STANDALONE, Tr.RUSSIAN);
            StringBuilder line = new StringBuilder(String.format("%-9s %s", capitalized(name) + ":",
                    Tr.tr("cli.calendar.show.off", String.join(", ", off))));
            if (!shortDays.isEmpty()) {
                line.append("; ").append(Tr.tr("cli.calendar.show.short", String.join(", ", shortDays)));
            }
            if (!workingWeekends.isEmpty()) {
                line.append("; ").append(Tr.tr("cli.calendar.show.workingWeekend", String.join(", ", workingWeekends)));
            }
            out.out().println(line);
        }
        out.out().println(Tr.tr("cli.calendar.show.totals", working, working * 8 - shortened));
        return Cli.OK;
    }

    private int deadline(List<String> args, CliOutput out, Services services) throws UsageException {
        String from = null;
        Integer hours = null;
        Integer days = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException(Tr.tr("cli.calendar.usage"));
            }
            String v = args.get(++i);
            switch (a) {
                case "--from" -> from = v;
                case "--hours" -> hours = positive(v);
                case "--days" -> days = positive(v);
                default -> throw new UsageException(Tr.tr("cli.error.unknownOption", a));
            }
        }
        if (from == null || (hours == null) == (days == null)) {
            throw new UsageException(Tr.tr("cli.calendar.usage"));
        }
        LocalDateTime start = parseMoment(from);
        WorkingTime time = services.get().desks().office().workingTime();
        Deadline d = hours != null
                ? time.explainHours(start, Duration.ofHours(hours))
                : time.explainDays(start.toLocalDate(), days);
        String weekday = d.due().getDayOfWeek().getDisplayName(TextStyle.FULL, Tr.RUSSIAN);
        out.out().println(Tr.tr("cli.calendar.deadline.due", DATE_TIME.format(d.due()), weekday));
        out.out().println(d.explanation());
        return Cli.OK;
    }

    private int importFile(List<String> args, CliOutput out, Services services) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException(Tr.tr("cli.calendar.usage"));
        }
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file)) {
            out.err().println(Tr.tr("cli.error.noFile", file));
            return Cli.FAILURE;
        }
        CalendarFile read;
        try {
            read = CalendarFile.read(file);
        } catch (CalendarImportException e) {
            out.err().println(Tr.tr("cli.calendar.import.failed", file.getFileName(), e.getMessage()));
            return Cli.FAILURE;
        }
        var office = services.get().desks().office();
        if (!read.years().isEmpty()) {
            office.importCalendarYears(read.years(), LocalDateTime.now());
            List<String> years = read.years().stream().map(y -> String.valueOf(y.year())).toList();
            out.out().println(Tr.tr("cli.calendar.import.years", String.join(", ", years)));
        } else {
            office.setCalendarDays(read.days());
            out.out().println(Tr.tr("cli.calendar.import.days", read.days().size()));
        }
        return Cli.OK;
    }

    private static int parseYear(String s) throws UsageException {
        try {
            int y = Integer.parseInt(s);
            if (y >= MIN_YEAR && y <= MAX_YEAR) {
                return y;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage message
        }
        throw new UsageException(Tr.tr("cli.calendar.badYear", s));
    }

    private static int positive(String s) throws UsageException {
        try {
            int n = Integer.parseInt(s);
            if (n > 0 && n <= 10_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new UsageException(Tr.tr("cli.calendar.badAmount", s));
    }

    /** ISO (2026-11-20T17:30, 2026-11-20) or Russian (20.11.2026 17:30, 20.11.2026); a date alone is its start. */
    static LocalDateTime parseMoment(String s) throws UsageException {
        String t = s.strip().replace(' ', 'T');
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{1,2}:\\d{2}")) {
                return LocalDateTime.parse(t.length() == 15 ? t.substring(0, 11) + "0" + t.substring(11) : t);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t).atStartOfDay();
            }
            if (t.matches("\\d{2}\\.\\d{2}\\.\\d{4}T\\d{1,2}:\\d{2}")) {
                String[] p = t.split("T");
                return LocalDate.parse(p[0], DATE).atTime(LocalTime.parse(p[1].length() == 4 ? "0" + p[1] : p[1]));
            }
            if (t.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
                return LocalDate.parse(t, DATE).atStartOfDay();
            }
        } catch (DateTimeParseException e) {
            // falls through
        }
        throw new UsageException(Tr.tr("cli.calendar.badMoment", s));
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
