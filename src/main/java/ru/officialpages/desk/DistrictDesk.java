package ru.officialpages.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.FullImportException;
import ru.officialpages.imports.FullImportXlsx;
import ru.officialpages.storage.DataTransfer;
import ru.officialpages.storage.District;
import ru.officialpages.storage.DistrictWeek;

/**
 * The district administrator's jobs (issue 19): set the server up, add settlements (moving a
 * settlement's data in from its full export) and coordinators, list who is there. Refusals come out
 * as {@link DeskException}s in Russian.
 */
public final class DistrictDesk {
    /** One login of the district as the list shows it. */
    public record Login(String login, String settlement, boolean coordinator) {
    }

    private final District district;
    private final DistrictWeek weeks;
    private final Clock clock;

    public DistrictDesk(District district, DistrictWeek weeks, Clock clock) {
        this.district = district;
        this.weeks = weeks;
        this.clock = clock;
    }

    /**
     * The coordinator's week over the district written to {@code file}: each settlement's pages against
     * their norms (the settlement's own presets, WeeklyNorm's rules), moderation, messages open and overdue
     * now. A settlement's login is refused («нет прав»). Returns the number of pages.
     */
    public int weekReport(java.time.LocalDate monday, Path file) {
        ru.officialpages.rules.RegistryDeadline registry = lastRegistryDue(monday.plusDays(6));
        DistrictWeek.Data data = Refusals.said(() -> weeks.read(monday, now(), registry.asOf()));
        ru.officialpages.rules.ProductionCalendar calendar = new ru.officialpages.rules.ProductionCalendar(
                ru.officialpages.imports.BuiltInCalendars.load());
        List<ru.officialpages.report.DistrictWeekXlsx.PageRow> pages = new java.util.ArrayList<>();
        java.util.Map<String, int[]> met = new java.util.HashMap<>();
        for (DistrictWeek.PageWeek p : data.pages()) {
            var progress = new ru.officialpages.rules.WeeklyNorm(p.settings().norms(), calendar,
                    p.settings().scaleNormByWorkingDays()).progress(p.page(), p.kind(), monday, p.posts());
            var row = new ru.officialpages.report.DistrictWeekXlsx.PageRow(p.settlement(), p.organization(),
                    p.page().address(), p.network(), progress.norm(), progress.published());
            pages.add(row);
            int[] n = met.computeIfAbsent(p.settlement(), k -> new int[2]);
            n[0]++;
            n[1] += row.met() ? 1 : 0;
        }
        List<ru.officialpages.report.DistrictWeekXlsx.SettlementRow> settlements = data.settlements().stream()
                .map(s -> {
                    int[] n = met.getOrDefault(s.settlement(), new int[2]);
                    return new ru.officialpages.report.DistrictWeekXlsx.SettlementRow(s.settlement(), n[0], n[1],
                            s.moderationRecords(), s.messagesOpen(), s.messagesLate(), s.registryPages(),
                            Tr.tr("district.report.registry.noData"));
                }).toList();
        ru.officialpages.report.DistrictWeekXlsx.write(file, name().orElse(""), monday,
                new ru.officialpages.report.DistrictWeekXlsx.Registry(registry.year(), registry.quarter(), registry.due()),
                settlements, pages);
        return pages.size();
    }

    /**
     * The quarterly registry whose placement day (the 25th of the month after the quarter, novoaltaysk-608 §3.5)
     * is the last one on or before {@code day}. Whether it was placed the program does not know: it keeps no mark
     * of placing the registry on the website, so the report says «нет данных» rather than guess.
     */
    static ru.officialpages.rules.RegistryDeadline lastRegistryDue(java.time.LocalDate day) {
        int year = day.getYear();
        int quarter = (day.getMonthValue() - 1) / 3 + 1;
        ru.officialpages.rules.RegistryDeadline r = ru.officialpages.rules.RegistryDeadline.of(year, quarter);
        while (r.due().isAfter(day)) {
            quarter--;
            if (quarter == 0) {
                quarter = 4;
                year--;
            }
            r = ru.officialpages.rules.RegistryDeadline.of(year, quarter);
        }
        return r;
    }

    /** True when set up now; false when it had been set up before (and nothing was changed). */
    public boolean init(String name) {
        return Refusals.said(() -> district.init(name, now()));
    }

    public Optional<String> name() {
        return Refusals.said(district::name);
    }

    /**
     * Adds a settlement with its specialist's login; with {@code from}, its full export is loaded in
     * the same transaction: a refused row (the message names the sheet and line) and nothing is kept.
     */
    public void addSettlement(String name, String login, String password, Optional<Path> from) {
        Optional<DataTransfer.LoadWork> work = from.map(file -> load -> new FullImportXlsx(file, Refusals::russian)
                .loadInto(load));
        try {
            Refusals.said(() -> {
                district.addSettlement(name, login, password, now(), work);
                return null;
            });
        } catch (FullImportException e) {
            throw new DeskException(Tr.tr("district.error.from", from.map(Path::getFileName).orElse(null), e.getMessage()), e);
        }
    }

    public void addCoordinator(String login, String password) {
        Refusals.said(() -> {
            district.addCoordinator(login, password, now());
            return null;
        });
    }

    public List<Login> logins() {
        return Refusals.said(() -> district.members().stream().map(m -> new Login(m.login(), m.settlement(), m.coordinator())).toList());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
