package ru.officialpages.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import ru.officialpages.desk.DeskException;
import ru.officialpages.desk.ReportDesk;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.report.PeriodReport;
import ru.officialpages.report.PeriodReportXlsx;
import ru.officialpages.report.SpreadsheetWriteException;
import ru.officialpages.report.WeeklyReport;
import ru.officialpages.report.WeeklyReportXlsx;
import ru.officialpages.rules.IsoWeek;

/**
 * {@code report weekly --week 2026-W47 --out FILE} and {@code report period --from 01.10.2026
 * --to 31.12.2026 --out FILE}: the head's weekly report and the period summary without the window.
 * Reached through {@code report}, which {@link RegistryReportCommand} owns.
 */
final class WeeklyReportCommand {
    /** A longer period is surely a typo (20260 for 2026) and would take minutes. */
    private static final int MAX_YEARS = 10;
    private static final java.time.format.DateTimeFormatter RUSSIAN = RuFormat.DATE;

    private WeeklyReportCommand() {
    }

    static int weekly(List<String> args, CliOutput out, Command.Services services) throws UsageException {
        IsoWeek week = null;
        Path target = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException(usage(a));
            }
            String v = args.get(++i);
            switch (a) {
                case "--week" -> {
                    week = IsoWeek.parse(v);
                    if (week == null) {
                        LocalDate day = IsoWeek.parseDay(v);
                        if (day == null) {
                            throw new UsageException(Tr.tr("report.cli.badWeek", v));
                        }
                        week = IsoWeek.of(day);
                    }
                }
                case "--out" -> target = Path.of(v);
                default -> throw new UsageException(Tr.tr("cli.error.unknownOption", a));
            }
        }
        if (target == null) {
            throw new UsageException(Tr.tr("report.cli.usage"));
        }
        LocalDateTime now = LocalDateTime.now();
        if (week == null) {
            week = IsoWeek.lastFull(now.toLocalDate());
        }
        if (!isNew(target, out)) {
            return Cli.FAILURE;
        }
        ReportDesk.Week made;
        try {
            made = desk(services.get()).week(week.monday(), now);
        } catch (DeskException e) {
            out.err().println(e.getMessage());
            return Cli.FAILURE;
        }
        WeeklyReport report = made.report();
        try {
            new WeeklyReportXlsx(made.signers()).write(target, report, made.trend());
        } catch (SpreadsheetWriteException e) {
            out.err().println(e.getMessage());
            return Cli.FAILURE;
        }
        out.out().println(Tr.tr("report.cli.done.weekly", WeeklyReportXlsx.weekName(report), report.publications().published(),
                report.publications().norm(), target));
        return Cli.OK;
    }

    static int period(List<String> args, CliOutput out, Command.Services services) throws UsageException {
        LocalDate from = null;
        LocalDate to = null;
        Path target = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException(usage(a));
            }
            String v = args.get(++i);
            switch (a) {
                case "--from" -> from = day(v);
                case "--to" -> to = day(v);
                case "--out" -> target = Path.of(v);
                default -> throw new UsageException(Tr.tr("cli.error.unknownOption", a));
            }
        }
        if (from == null || to == null || target == null) {
            throw new UsageException(Tr.tr("report.cli.usage"));
        }
        if (to.isBefore(from)) {
            throw new UsageException(Tr.tr("report.cli.backwards", RUSSIAN.format(from), RUSSIAN.format(to)));
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new UsageException(Tr.tr("report.cli.tooLong", MAX_YEARS));
        }
        if (!isNew(target, out)) {
            return Cli.FAILURE;
        }
        ReportDesk.Period made;
        try {
            made = desk(services.get()).period(from, to, LocalDateTime.now());
        } catch (DeskException e) {
            out.err().println(e.getMessage());
            return Cli.FAILURE;
        }
        PeriodReport report = made.report();
        try {
            new PeriodReportXlsx(made.signers()).write(target, report);
        } catch (SpreadsheetWriteException e) {
            out.err().println(e.getMessage());
            return Cli.FAILURE;
        }
        out.out().println(Tr.tr("report.cli.done.period", PeriodReportXlsx.periodName(report), target));
        return Cli.OK;
    }

    /** The command line never writes over an existing file or the program's own (issue 21). */
    private static boolean isNew(Path target, CliOutput out) {
        try {
            ru.officialpages.report.OutputTarget.requireNew(target);
            return true;
        } catch (SpreadsheetWriteException e) {
            out.err().println(e.getMessage());
            return false;
        }
    }

    private static String usage(String option) {
        return option.startsWith("--") ? Tr.tr("report.cli.noValue", option) : Tr.tr("cli.error.unknownOption", option);
    }

    private static LocalDate day(String v) throws UsageException {
        LocalDate d = IsoWeek.parseDay(v);
        if (d == null) {
            throw new UsageException(Tr.tr("report.cli.badDay", v));
        }
        return d;
    }

    private static ReportDesk desk(CliServices s) {
        return s.reports();
    }
}
