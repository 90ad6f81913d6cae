package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.text.Finding;
import ru.officialpages.text.FindingKind;
import ru.officialpages.ui.common.TextCheckService;

/** A surname the speller does not know is taught to it once, with the real LanguageTool. */
class PersonalDictionaryScreenTest extends WindowTestBase {

    @Test
    void aWordAddedToTheDictionaryIsNoLongerAMistake() throws Exception {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            Organization o = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.HEAD,
                    "Глава", "", "", "", "", false, "", false));
            new PageRepository(first).add(new ru.officialpages.domain.Page(0, o.id(), Network.VK, "https://vk.com/club210001",
                    LocalDate.of(2025, 1, 20), null, null));
        }
        List<String> kept = new ArrayList<>();
        textChecks = new TextCheckService(true, Set.of(), kept::add);
        // No warmUp(): LanguageTool is loaded on first need, by the editor's first check (issue 20).
        openWindow();
        clickOn("#nav-plan");
        waitUntil(() -> lookup("#plan-day-2026-11-26").tryQuery().isPresent());
        clickOn("#plan-day-2026-11-26");
        waitUntil(() -> lookup("#plan-item-text-area").tryQuery().isPresent());
        clickOn("#plan-item-text-area").write("Глава поселения Пяткоуров проведёт приём граждан.");
        ListView<Finding> findings = node("#plan-item-text-findings");
        // The editor's first check started LanguageTool's load: seconds, and on a busy machine more than
        // the usual ten; the spelling finding comes with the check that follows the load.
        org.testfx.util.WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS, () -> {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            return findings.getItems().stream().anyMatch(f -> f.kind() == FindingKind.SPELLING
                    && f.fragment().equals("Пяткоуров"));
        });
        assertThat(textChecks.spellingReadyProperty().get()).isTrue();
        // The list draws its cells on the next pulse, and a check finishing meanwhile (the lexicon read after the
        // first frame) draws them anew: the button is clicked once it is there.
        waitUntil(() -> lookup(".finding-learn").match(LabeledMatchers.hasText("В словарь")).tryQuery().isPresent());
        clickOn(lookup(".finding-learn").match(LabeledMatchers.hasText("В словарь")).<Node>query());
        waitUntil(() -> findings.getItems().stream().noneMatch(f -> f.fragment().equals("Пяткоуров")));
        assertThat(kept).containsExactly("Пяткоуров");
    }
}
