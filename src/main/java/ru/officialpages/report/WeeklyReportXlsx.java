package ru.officialpages.report;

import static ru.officialpages.i18n.Tr.tr;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.report.WeeklyReport.MessageLine;
import ru.officialpages.report.WeeklyReport.PageLine;

/**
 * The weekly report as a workbook: a sheet per section (Публикации, Контент-план, Модерация,
 * Сообщения) and the late or open messages on their own sheet, each printable on A4 with the
 * municipality and the week in the page header and the signatures under the table.
 */
public final class WeeklyReportXlsx {
    static final DateTimeFormatter DAY = ru.officialpages.i18n.RuFormat.DATE;
    /** Days as the user writes them. */
    public static final DateTimeFormatter DAY_TEXT = DAY;

    /** Weeks of the trend chart and sheet, the report's week last. */
    public static final int TREND_WEEKS = 12;

    /** A line of a figures table: the group it belongs to, what is counted, how many. */
    public record Figure(String group, String name, Number value) {
    }

    private final ReportSigners signers;

    public WeeklyReportXlsx(ReportSigners signers) {
        this.signers = signers;
    }

    /** The week alone, its trend a single point. */
    public void write(Path file, WeeklyReport r) {
        write(file, r, List.of(new WeeklyReports.WeekTotal(r.monday(), r.publications().published(), r.publications().norm())));
    }

    /**
     * The workbook: «Отчёт» first (one A4 page with the charts and the signatures), then the
     * detail sheets, then the weeks of {@code trend} (the trend chart reads them there).
     */
    public void write(Path file, WeeklyReport r, List<WeeklyReports.WeekTotal> trend) {
        if (ReportPdf.isPdf(file)) {
            // The format follows the name: «Отчёт.pdf» is the same report as PDF.
            new ReportPdf(signers).writeWeekly(file, r, trend);
            return;
        }
        new SpreadsheetWriter().write(file, summary(r, trend), sheets(r, trend));
    }

    WeeklySummarySheet summary(WeeklyReport r, List<WeeklyReports.WeekTotal> trend) {
        // The trend sheet: title, one subtitle, a blank line, the header; the weeks from the row after.
        return new WeeklySummarySheet(r, trend, signers, tr("report.trend.sheet"), 4);
    }

    /**
     * The four reach columns (issue 17 item 4): numbers where known, blank where not — never 0
     * for a figure nobody read.
     */
    static <R> List<Column<R>> reachColumns(java.util.function.Function<R, WeeklyReport.Reach> reach) {
        return List.of(Column.integer(tr("report.col.views"), 12, r -> reach.apply(r).views()),
                Column.integer(tr("report.col.likes"), 9, r -> reach.apply(r).likes()),
                Column.integer(tr("report.col.reposts"), 10, r -> reach.apply(r).reposts()),
                Column.integer(tr("report.col.commentsCount"), 13, r -> reach.apply(r).comments()));
    }

    /** The columns without a total: the reach ones too when nothing is known (a 0 total would be a claim). */
    static String[] reachTotals(boolean known, String... others) {
        List<String> list = new ArrayList<>(List.of(others));
        if (!known) {
            list.addAll(List.of(tr("report.col.views"), tr("report.col.likes"), tr("report.col.reposts"), tr("report.col.commentsCount")));
        }
        return list.toArray(String[]::new);
    }

    /** "47-я (16.11–22.11)": a week on the trend sheet and under the trend chart. */
    static String shortWeek(java.time.LocalDate monday) {
        return tr("report.trend.weekRow", monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                ru.officialpages.i18n.RuFormat.dayMonth(monday), ru.officialpages.i18n.RuFormat.dayMonth(monday.plusDays(6)));
    }

    /** "неделя 47 (16.11.2026 — 22.11.2026)". */
    public static String weekName(WeeklyReport r) {
        return tr("report.weekly.week", r.weekNumber(), DAY.format(r.monday()), DAY.format(r.sunday()));
    }

    List<SheetSpec<?>> sheets(WeeklyReport r) {
        return sheets(r, List.of());
    }

    /** The detail sheets; the signatures are on «Отчёт» only, once. */
    List<SheetSpec<?>> sheets(WeeklyReport r, List<WeeklyReports.WeekTotal> trend) {
        String week = weekName(r);
        List<SheetSpec<?>> sheets = new ArrayList<>();
        WeeklyReport.Publications pub = r.publications();
        sheets.add((SheetSpec.of(tr("report.section.publications"), pub.pages())
                .title(title("report.section.publications", week))
                .subtitle(tr("report.weekly.publications.summary", pub.published(), pub.norm(), pub.pagesMet(), pub.pages().size()))
                .subtitle(tr("report.weekly.publications.prorated"))
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.wrappedText(tr("report.col.organization"), 32, PageLine::organization))
                .column(Column.text(tr("report.col.network"), 14, PageLine::network))
                .column(Column.hyperlink(tr("report.col.address"), 34, PageLine::address))
                .column(Column.integer(tr("report.col.norm"), 8, PageLine::norm))
                .column(Column.integer(tr("report.col.published"), 13, PageLine::published))
                .column(Column.yesNo(tr("report.col.met"), 11, PageLine::met))
                .column(Column.integer(tr("report.col.missing"), 11, PageLine::missing))
                .column(Column.integer(tr("report.col.days"), 10, PageLine::daysExisted))
                .column(Column.wrappedText(tr("report.col.formats"), 30, p -> formats(p.formats())))
                .subtitle(tr("report.reach.note")))
                .columns(reachColumns(PageLine::reach))
                .totalsExcept(reachTotals(pub.reach().known(), tr("report.col.days"))));

        WeeklyReport.Plan plan = r.plan();
        sheets.add((figures(tr("report.section.plan"), title("report.section.plan", week), List.of(
                new Figure(tr("report.section.plan"), tr("report.plan.planned"), plan.planned()),
                new Figure(tr("report.section.plan"), tr("report.plan.published"), plan.published()),
                new Figure(tr("report.section.plan"), tr("report.plan.moved"), plan.moved()),
                new Figure(tr("report.section.plan"), tr("report.plan.cancelled"), plan.cancelled()),
                new Figure(tr("report.section.plan"), tr("report.plan.overdue"), plan.overdue()),
                new Figure(tr("report.section.plan"), tr("report.plan.open"), plan.open())))));

        sheets.add((figures(tr("report.section.moderation"), title("report.section.moderation", week),
                moderationFigures(r.moderation()))
                .subtitle(tr("report.weekly.moderation.round", r.moderation().roundDays(), r.moderation().workingDays()))));

        WeeklyReport.Messages m = r.messages();
        sheets.add((figures(tr("report.section.messages"), title("report.section.messages", week), List.of(
                new Figure(tr("report.section.messages"), tr("report.messages.received"), m.received()),
                new Figure(tr("report.section.messages"), tr("report.messages.inTime"), m.inTime()),
                new Figure(tr("report.section.messages"), tr("report.messages.late"), m.late()),
                new Figure(tr("report.section.messages"), tr("report.messages.awaitingFinal"), m.awaitingFinal()),
                new Figure(tr("report.section.messages"), tr("report.messages.open"), m.open()),
                new Figure(tr("report.section.messages"), tr("report.messages.closed"), m.closedNoAnswer())))
                .subtitle(tr("report.weekly.messages.lateHours", m.lateTotalText()))));

        sheets.add(SheetSpec.of(tr("report.section.messageList"), m.lines())
                .title(title("report.section.messageList", week))
                .subtitle(tr("report.weekly.messageList.note"))
                .whenEmpty(tr("report.messages.none"))
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.dateTime(tr("report.col.detected"), 17, MessageLine::detectedAt))
                .column(Column.wrappedText(tr("report.col.page"), 30, l -> l.page() + ", " + l.network()))
                .column(Column.wrappedText(tr("report.col.topic"), 34, MessageLine::topic))
                .column(Column.text(tr("report.col.importance"), 11, l -> tr(l.high() ? "report.importance.high" : "report.importance.ordinary")))
                .column(Column.dateTime(tr("report.col.due"), 17, MessageLine::due))
                .column(Column.dateTime(tr("report.col.answered"), 17, MessageLine::answeredAt))
                .column(Column.text(tr("report.col.late"), 15, MessageLine::lateText))
                .column(Column.wrappedText(tr("report.col.state"), 22, l -> tr("report.messageState." + l.state().name()))));

        if (!trend.isEmpty()) {
            sheets.add(SheetSpec.of(tr("report.trend.sheet"), trend)
                    .title(tr("report.trend.title", signers.municipality().isBlank() ? tr("report.noMunicipality")
                            : signers.municipality()))
                    .subtitle(tr("report.trend.note"))
                    .column(Column.text(tr("report.col.week"), 22, (WeeklyReports.WeekTotal t) -> shortWeek(t.monday())))
                    .column(Column.integer(tr("report.col.published"), 14, WeeklyReports.WeekTotal::published))
                    .column(Column.integer(tr("report.col.norm"), 10, WeeklyReports.WeekTotal::norm)));
        }
        return sheets;
    }

    static List<Figure> moderationFigures(WeeklyReport.Moderation mod) {
        List<Figure> list = new ArrayList<>();
        String all = tr("report.moderation.total");
        list.add(new Figure(all, tr("report.moderation.records"), mod.records()));
        String grounds = tr("report.moderation.byGround");
        for (Map.Entry<DeletionGround, Integer> e : mod.byGround().entrySet()) {
            list.add(new Figure(grounds, tr(e.getKey().titleKey()), e.getValue()));
        }
        String actions = tr("report.moderation.byAction");
        for (Map.Entry<String, Integer> e : mod.byAction().entrySet()) {
            list.add(new Figure(actions, actionName(e.getKey()), e.getValue()));
        }
        String blacklist = tr("report.moderation.blacklist");
        list.add(new Figure(blacklist, tr("report.moderation.blacklisted"), mod.blacklisted()));
        String round = tr("report.moderation.round");
        list.add(new Figure(round, tr("report.moderation.workingDays"), mod.workingDays()));
        list.add(new Figure(round, tr("report.moderation.roundDays"), mod.roundDays()));
        return list;
    }

    /** The Russian name of a moderation action code; an unknown code is shown as it is. */
    public static String actionName(String code) {
        return switch (code) {
            case "DELETED", "BLACKLISTED", "RESTRICTED", "LEFT", "ANSWERED" -> tr("report.action." + code);
            default -> code;
        };
    }

    static SheetSpec<Figure> figures(String sheet, String title, List<Figure> rows) {
        return SheetSpec.of(sheet, rows)
                .title(title)
                .column(Column.wrappedText(tr("report.col.group"), 26, Figure::group))
                .column(Column.wrappedText(tr("report.col.figure"), 60, Figure::name))
                .column(Column.integer(tr("report.col.count"), 12, Figure::value));
    }

    private String title(String sectionKey, String period) {
        return tr("report.weekly.title", tr(sectionKey), signers.municipality().isBlank() ? tr("report.noMunicipality")
                : signers.municipality(), period);
    }

    <R> SheetSpec<R> signed(SheetSpec<R> spec) {
        signers.signatureLines().forEach(spec::footer);
        return spec;
    }

    /** "фото 2, видео 1": the formats a page used, most used first. */
    public static String formats(Map<PostFormat, Integer> formats) {
        return formats.entrySet().stream()
                .sorted(Map.Entry.<PostFormat, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> tr("format." + e.getKey().name()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static String hours(double h) {
        return String.format(Locale.ROOT, "%.1f", h).replace('.', ',');
    }
}
