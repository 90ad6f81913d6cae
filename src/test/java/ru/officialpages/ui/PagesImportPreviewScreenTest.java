package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.ui.pages.PagesView;

/** Страницы → Загрузить из файла shows the one import preview every screen uses (ui/common/ImportPreviewDialog). */
class PagesImportPreviewScreenTest extends WindowTestBase {

    private Path csv(String... lines) throws Exception {
        Path f = dir.resolve("страницы.csv");
        Files.write(f, String.join("\r\n", lines).getBytes(Charset.forName("windows-1251")));
        return f;
    }

    @Test
    void aGoodFileIsPreviewedLineByLineAndLoadedOnlyOnAgreement() throws Exception {
        givenSetupDone();
        Path file = csv("Организация;Адрес страницы;Дата создания",
                "Администрация;https://vk.com/berezovka_adm;01.02.2024",
                "Дом культуры;vk.com/club777;10.10.2025", "");
        openWindow();
        clickOn("#nav-pages");
        PagesView view = node("#pages-view");
        interact(() -> view.importFile(file));
        waitUntil(() -> lookup("#import-preview-lines").tryQuery().isPresent());
        ListView<String> lines = node("#import-preview-lines");
        assertThat(lines.getItems()).containsExactly("Строка 2: Администрация — https://vk.com/berezovka_adm",
                "Строка 3: Дом культуры — https://vk.com/club777");
        clickOn("Отмена");
        waitUntil(() -> lookup("#import-preview-lines").tryQuery().isEmpty());
        assertThat(new PageRepository(db).all()).as("nothing written before «Загрузить»").isEmpty();

        interact(() -> view.importFile(file));
        waitUntil(() -> lookup("#import-preview-lines").tryQuery().isPresent());
        clickOn("Загрузить");
        waitUntil(() -> lookup("#import-preview-lines").tryQuery().isEmpty());
        waitUntil(() -> new PageRepository(db).all().size() == 2);
        // The screen shows them at once (the directory's change notice).
        waitUntil(() -> this.<javafx.scene.control.TableView<?>>node("#pages-table").getItems().size() == 2);
    }

    @Test
    void aFileWithAnErrorCannotBeLoaded() throws Exception {
        givenSetupDone();
        Path file = csv("Организация;Адрес страницы;Дата создания",
                "Администрация;https://vk.com/berezovka_adm;31.09.2025", "");
        openWindow();
        clickOn("#nav-pages");
        PagesView view = node("#pages-view");
        interact(() -> view.importFile(file));
        waitUntil(() -> lookup("#import-preview-lines").tryQuery().isPresent());
        ListView<String> lines = node("#import-preview-lines");
        assertThat(lines.getItems()).singleElement().asString().startsWith("Строка 2:").contains("31.09.2025");
        assertThat(lookup("Загрузить").queryButton().isDisabled()).isTrue();
        clickOn("Отмена");
    }
}
