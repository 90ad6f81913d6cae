package ru.officialpages.ui.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.officialpages.domain.CheckState;
import ru.officialpages.domain.ChecklistItem;
import ru.officialpages.domain.ChecklistMark;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.DirectTaskExecutor;

/**
 * Страницы with 2,000 pages (issue 4): what the screen does when it opens (read pages, marks,
 * organizations; checklist progress for every row) and when a filter or the search changes. The
 * reference is reading the page table alone.
 */
public final class PagesBenchmark {
    static final int PAGES = 2_000;
    static final int ROUNDS = 7;

    private PagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("pages-bench");
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            PageRepository pages = new PageRepository(db);
            OrganizationRepository orgs = new OrganizationRepository(db);
            String[] networks = {Network.VK, Network.OK, Network.TELEGRAM, Network.MAX};
            ChecklistItem[] items = ChecklistItem.values();
            for (int i = 0; i < PAGES / 4; i++) {
                Organization o = orgs.save(new Organization(0, OrganizationKind.INSTITUTION, "Учреждение № " + i, "", "", "",
                        "", false, "", false));
                for (int n = 0; n < 4; n++) {
                    Page p = pages.add(new Page(0, o.id(), networks[n], "https://vk.com/page" + i + "_" + n,
                            LocalDate.of(2022, 1, 10).plusDays(i), null, null));
                    if (i % 3 == 0) {
                        pages.changeAddress(p.id(), "https://vk.com/renamed" + i + "_" + n, LocalDate.of(2025, 3, 1));
                    }
                    for (int k = 0; k < 6; k++) {
                        pages.saveMark(p.id(), new ChecklistMark(items[(i + k) % items.length], CheckState.DONE,
                                LocalDate.of(2024, 5, 1), ""));
                    }
                }
            }
            DialogService quiet = new DialogService() {
                @Override
                public void showError(Throwable error) {
                    throw new IllegalStateException(error);
                }

                @Override
                public void showInfo(String title, String text) {
                }

                @Override
                public boolean confirm(String title, String question, String yesText) {
                    return false;
                }
            };
            PagesViewModel vm = new PagesViewModel(ru.officialpages.desk.Desks.over(new SettingsRepository(db),
                    new CalendarRepository(db, BuiltInCalendars.load()), pages, orgs, new NetworkRepository(db),
                    new ru.officialpages.storage.PostRepository(db), new ru.officialpages.storage.PlanRepository(db, java.time.Clock.systemDefaultZone()),
                    new ru.officialpages.storage.MessageRepository(db), new ru.officialpages.storage.ModerationRepository(db)),
                    new DirectTaskExecutor(quiet), quiet,
                    () -> LocalDate.of(2026, 11, 23));
            long open = median(() -> {
                vm.load();
                return vm.rows().size();
            });
            long search = median(() -> {
                vm.search.set("renamed1");
                int n = vm.visible().size();
                vm.search.set("");
                return n;
            });
            long reference = median(() -> pages.all().size());
            String text = String.format(Locale.ROOT, """
                    ## Страницы: 2 000 страниц

                    Открытие экрана: страницы, отметки проверки, организации и расчёт «N/M» с просрочками по рабочему
                    времени для каждой строки; поиск — отбор уже загруженных строк при вводе. Медиана из %d замеров;
                    эталон — чтение одной таблицы страниц тем же хранилищем.

                    | действие | программа, мс | эталон, мс | отношение | бюджет |
                    |---|---:|---:|---:|---|
                    | открыть экран (%d строк) | %d | %d | %.1f | < 300 мс — %s |
                    | поиск по тексту (туда и обратно) | %d | %d | %.1f | < 100 мс — %s |
                    """, ROUNDS, vm.rows().size(), open, reference, (double) open / Math.max(1, reference),
                    open < 300 ? "выполнен" : "**не выполнен**", search, reference, (double) search / Math.max(1, reference),
                    search < 100 ? "выполнен" : "**не выполнен**");
            new ru.officialpages.bench.PerformanceDoc(Path.of(args.length > 0 ? args[0] : "docs/performance.md"))
                    .replaceSection("pages", text);
            System.out.print(text);
        }
    }

    private static long median(java.util.function.IntSupplier work) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 2; i++) {
            long t0 = System.nanoTime();
            work.getAsInt();
            if (i >= 2) {
                times.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }
}
