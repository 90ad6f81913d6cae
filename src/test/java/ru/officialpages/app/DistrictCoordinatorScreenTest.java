package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.RegistryPlacement;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.District;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.ServerAddress;
import ru.officialpages.storage.TestServer;
import ru.officialpages.ui.CutText;
import ru.officialpages.ui.common.SaveFileDialog;

/**
 * The coordinator's window on the district's database (issue 19 item 6): «Район» is its one screen (the
 * settlements' screens, whose every change the server would refuse, are not offered); the user picks a week and
 * sees both settlements' figures and their registry's placement, opens a settlement to its pages, saves the
 * workbook of `report district` and it reads back with the same figures. The screen fits 1024×768.
 */
class DistrictCoordinatorScreenTest extends ServerWindowTestBase {
    /** Week 47 of 2026, Monday to Sunday: past on any day the test runs. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    @TempDir
    Path dir;

    /** {@code count} posts on the settlement's one page in the week, written by its own login. */
    private static void posts(ServerAddress owner, String login, int count) {
        try (Database mine = Database.connect(owner.as(login, PASSWORD))) {
            long page = new PageRepository(mine).all().get(0).id();
            List<Post> posts = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                posts.add(new Post(0, page, MONDAY.plusDays(i).atTime(10, 0), "https://vk.com/wall-1_" + login.hashCode() + i,
                        PostFormat.TEXT, "Новость " + i, ""));
            }
            new PostRepository(mine).addAll(posts);
        }
    }

    @Test
    void theCoordinatorSeesTheWeekOfEverySettlementAndSavesItsWorkbook() throws Exception {
        ServerAddress owner = TestServer.freshDatabase();
        Logins logins = twoSettlements(owner);
        String berezovka = logins.berezovka();
        String ishtan = logins.ishtan();
        posts(owner, berezovka, 4);
        posts(owner, ishtan, 1);
        // Берёзовка marked the III quarter's registry placed on the website on 20.10.2026; Иштан did not.
        try (Database mine = Database.connect(owner.as(berezovka, PASSWORD))) {
            new PageRepository(mine).markRegistryPlaced(new RegistryPlacement(2026, 3, LocalDate.of(2026, 10, 20),
                    "https://berezovka.ru/reestr"), NOW);
        }
        String coordinator = TestServer.newLogin("rayon");
        try (Database admin = Database.connect(owner)) {
            new District(admin).addCoordinator(coordinator, PASSWORD, NOW);
        }

        DataFolder folder = new DataFolder(dir.resolve("data"));
        folder.prepare();
        ServerAddress asCoordinator = owner.as(coordinator, PASSWORD);
        Platform.runLater(() -> {
            GuiStart.Opened opened = GuiStart.openOnServer(folder, asCoordinator);
            new WindowSession(folder, asCoordinator).show(opened);
        });
        waitUntil(() -> lookup("#district-view").tryQuery().isPresent());
        Stage window = (Stage) lookup("#nav-rail").query().getScene().getWindow();
        interact(() -> {
            window.setWidth(1024);
            window.setHeight(768);
        });
        Path workbook = dir.resolve("район.xlsx");
        window.getProperties().put(SaveFileDialog.class, (SaveFileDialog) (w, name) -> Optional.of(workbook));

        // Only «Район»: no screen of a settlement's records, and it says the login only reads.
        assertThat(lookup("#nav-district").tryQuery()).isPresent();
        assertThat(lookup("#nav-pages").tryQuery()).isEmpty();
        assertThat(lookup("#nav-settings").tryQuery()).isEmpty();
        assertThat(window.getTitle()).contains("Координатор района", "районная база, логин " + coordinator);
        assertThat(lookup("#district-read-only").<Label>query().getText()).contains("только чтение");

        // The week: any day of it typed into the picker.
        clickOn("#district-week-day").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("18.11.2026").push(KeyCode.ENTER);
        try {
            waitUntil(() -> lookup("#district-week").<Label>query().getText().contains("16.11.2026") && rows().size() == 2);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("week «" + lookup("#district-week").<Label>query().getText() + "», status «"
                    + lookup("#district-status").<Label>query().getText() + "», rows " + rows().size(), e);
        }
        waitUntil(() -> lookup("#district-week").<Label>query().getText().contains("16.11.2026")
                && rows().size() == 2 && rows().get(0).getValue().published() == 4);
        List<TreeItem<ru.officialpages.ui.district.DistrictView.Line>> rows = rows();
        var first = rows.get(0).getValue();
        var second = rows.get(1).getValue();
        assertThat(first.name()).isEqualTo("Берёзовское сельское поселение");
        assertThat(first.published()).isEqualTo(4);
        assertThat(first.registryPlaced()).isEqualTo("размещён 20.10.2026");
        assertThat(second.name()).isEqualTo("Иштанское сельское поселение");
        assertThat(second.published()).isEqualTo(1);
        assertThat(second.registryPlaced()).isEqualTo("не размещён, срок 25.10.2026 прошёл");
        assertThat(lookup("#district-registry").<Label>query().getText()).contains("III квартал 2026", "25.10.2026");
        assertThat(lookup("#district-totals").<Label>query().getText()).contains("поселений 2", "страниц 2",
                "реестр на сайте размещён: 1 из 2");

        // A settlement opens to its pages (the arrow key on its row).
        clickOn(lookup("#district-table .tree-table-row-cell").nth(0).<Node>query());
        type(KeyCode.RIGHT);
        waitUntil(() -> rows().get(0).isExpanded());
        var page = rows().get(0).getChildren().get(0).getValue();
        assertThat(page.name()).contains("Администрация: Берёзовское сельское поселение", "vk.com/berezovka_adm");
        assertThat(page.published()).isEqualTo(4);
        assertThat(page.met()).isEqualTo(page.norm() <= 4 ? "да" : "нет");

        // Fits 1024×768: nothing cut, the save button whole.
        List<String> cut = new java.util.ArrayList<>();
        interact(() -> {
            window.getScene().getRoot().applyCss();
            window.getScene().getRoot().layout();
            cut.addAll(CutText.in(lookup("#district-view").query()));
        });
        interact(() -> ru.officialpages.ui.ScenePng.write(window.getScene(), "district"));
        assertThat(cut).as("cut at 1024×768").isEmpty();

        clickOn("#district-save");
        waitUntil(() -> Files.exists(workbook) && lookup("#district-status").<Label>query().getText().contains("сохранена"));
        try (var book = WorkbookFactory.create(workbook.toFile())) {
            DataFormatter f = new DataFormatter();
            StringBuilder settlements = new StringBuilder();
            book.getSheet("Поселения").forEach(r -> r.forEach(c -> settlements.append(f.formatCellValue(c)).append('|')));
            assertThat(settlements).contains("Кожевниковский район", "16.11.2026",
                    "Берёзовское сельское поселение|1|", "размещён 20.10.2026",
                    "Иштанское сельское поселение|1|", "не размещён, срок 25.10.2026 прошёл");
            StringBuilder pages = new StringBuilder();
            book.getSheet("Страницы").forEach(r -> r.forEach(c -> pages.append(f.formatCellValue(c)).append('|')));
            assertThat(pages).contains("https://vk.com/berezovka_adm|ВКонтакте|", "https://vk.com/ishtan_adm|ВКонтакте|");
        }
    }

    @Test
    void beforeAnySettlementTheScreenSaysHowToAddOne() throws Exception {
        ServerAddress owner = TestServer.freshDatabase();
        String coordinator = TestServer.newLogin("rayon");
        try (Database admin = Database.connect(owner)) {
            new District(admin).init("Кожевниковский район", NOW);
            new District(admin).addCoordinator(coordinator, PASSWORD, NOW);
        }
        DataFolder folder = new DataFolder(dir.resolve("data"));
        folder.prepare();
        ServerAddress asCoordinator = owner.as(coordinator, PASSWORD);
        Platform.runLater(() -> new WindowSession(folder, asCoordinator).show(GuiStart.openOnServer(folder, asCoordinator)));
        waitUntil(() -> lookup(".empty-state").tryQuery().isPresent());
        assertThat(lookup(".empty-state .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("ещё нет поселений"))
                .anyMatch(t -> t.contains("district add-settlement"));
        assertThat(lookup("#nav-today").tryQuery()).isEmpty();
    }

    private List<TreeItem<ru.officialpages.ui.district.DistrictView.Line>> rows() {
        TreeTableView<ru.officialpages.ui.district.DistrictView.Line> table = lookup("#district-table").query();
        return table.getRoot().getChildren();
    }
}
