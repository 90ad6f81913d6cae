package ru.officialpages.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.FullImportException;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.imports.FullImportXlsx;
import ru.officialpages.report.DistrictWeekXlsx;
import ru.officialpages.rules.ProductionCalendar;
import ru.officialpages.rules.RegistryDeadline;
import ru.officialpages.rules.WeeklyNorm;
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
     * The coordinator's week over the district: each settlement's pages against their norms (the settlement's own
     * presets, WeeklyNorm's rules), moderation records of the week, messages open and overdue now, and the quarterly
     * registry of the quarter last ended by the week's Sunday — its pages and whether the settlement marked it placed
     * on the website by the 25th (novoaltaysk-608 §3.3, §3.5). The same figures for the «Район» screen and the
     * workbook.
     */
    public record Week(String district, LocalDate monday, RegistryDeadline registry, List<DistrictWeekXlsx.SettlementRow> settlements,
            List<DistrictWeekXlsx.PageRow> pages, Map<String, RegistryDeadline.Placement> placements) {
        public DistrictWeekXlsx.Registry registryHead() {
            return new DistrictWeekXlsx.Registry(registry.year(), registry.quarter(), registry.due());
        }
    }

    /** The week from {@code monday}; a settlement's login is refused («нет прав»). */
    public Week week(LocalDate monday) {
        LocalDateTime now = now();
        LocalDate sunday = monday.plusDays(6);
        RegistryDeadline registry = RegistryDeadline.lastEnded(sunday);
        // A week not over yet is judged as of today: the 25th still ahead is «срок не наступил».
        LocalDate asOf = sunday.isAfter(now.toLocalDate()) ? now.toLocalDate() : sunday;
        DistrictWeek.Data data = Refusals.said(() -> weeks.read(monday, now, registry.asOf()));
        ProductionCalendar calendar = new ProductionCalendar(BuiltInCalendars.load());
        List<DistrictWeekXlsx.PageRow> pages = new ArrayList<>();
        Map<String, int[]> met = new HashMap<>();
        for (DistrictWeek.PageWeek p : data.pages()) {
            var progress = new WeeklyNorm(p.settings().norms(), calendar, p.settings().scaleNormByWorkingDays())
                    .progress(p.page(), p.kind(), monday, p.posts());
            var row = new DistrictWeekXlsx.PageRow(p.settlement(), p.organization(), p.page().address(), p.network(),
                    progress.norm(), progress.published());
            pages.add(row);
            int[] n = met.computeIfAbsent(p.settlement(), k -> new int[2]);
            n[0]++;
            n[1] += row.met() ? 1 : 0;
        }
        List<DistrictWeekXlsx.SettlementRow> settlements = new ArrayList<>();
        Map<String, RegistryDeadline.Placement> placements = new HashMap<>();
        for (DistrictWeek.SettlementWeek st : data.settlements()) {
            int[] n = met.getOrDefault(st.settlement(), new int[2]);
            settlements.add(new DistrictWeekXlsx.SettlementRow(st.settlement(), n[0], n[1], st.moderationRecords(),
                    st.messagesOpen(), st.messagesLate(), st.registryPages(), registry.placementText(st.registryPlacedOn(), asOf)));
            placements.put(st.settlement(), registry.placement(st.registryPlacedOn(), asOf));
        }
        return new Week(name().orElse(""), monday, registry, List.copyOf(settlements), pages, Map.copyOf(placements));
    }

    /** The week's workbook (as {@code report district --week … --out}) written to {@code file}. */
    public void save(Week week, Path file) {
        DistrictWeekXlsx.write(file, week.district(), week.monday(), week.registryHead(), week.settlements(), week.pages());
    }

    /** {@link #week} written to {@code file}; returns the number of pages. */
    public int weekReport(LocalDate monday, Path file) {
        Week week = week(monday);
        save(week, file);
        return week.pages().size();
    }

    /** True when the window's login is a coordinator's: the «Район» screen, nothing to change. */
    public boolean coordinatorLogin() {
        return Refusals.said(district::coordinatorLogin);
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
