package ru.officialpages.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.TestDesks;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Settings;
import ru.officialpages.storage.Database;

/**
 * The speller's settlement words follow the desks' change notices (issue 16 item 9): an organisation
 * added while the program runs has its words accepted at the next check, without restart.
 */
class SettlementWordsFollowTest {
    @TempDir
    Path dir;

    @Test
    void anOrganisationAddedWhileRunningIsNoMisspelling() {
        try (Database db = Database.open(dir.resolve("official-pages.db"));
             TextCheckService checks = new TextCheckService(false, java.util.Set.of(), w -> { })) {
            Desks desks = TestDesks.over(db);
            desks.office().save(new Settings("Берёзовское сельское поселение", "Кубышкина Надежда Викторовна", "Глава", "",
                    "", NormPreset.ISHTAN, NormPreset.ISHTAN.norms(), 3, false, true));
            // What the window reads (WindowSession.settlementNames), from the desks here.
            checks.followSettlementNames(desks.changes(), () -> {
                List<String> names = new ArrayList<>();
                names.add(desks.office().settings().municipality());
                names.add(desks.office().settings().headName());
                desks.pages().organizations().forEach(o -> names.add(o.name()));
                return names;
            });
            assertThat(checks.knows("Берёзовского")).isTrue();
            assertThat(checks.knows("Кубышкиной")).isTrue();
            assertThat(checks.knows("Иштанского")).isFalse();

            desks.pages().saveOrganization(new Organization(0, OrganizationKind.INSTITUTION,
                    "МКУК «Иштанский сельский дом культуры»", "", "", "", "", false, "", false));

            assertThat(checks.knows("Иштанского")).isTrue();
            assertThat(checks.knows("Иштанском")).isTrue();
            assertThat(checks.knows("Кедровского")).isFalse();
        }
    }
}
