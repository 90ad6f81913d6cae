package ru.officialpages.desk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Settings;
import ru.officialpages.storage.Database;

/** A settlement on a real SQLite file with its desks, and what the desks announced. */
final class DeskFixture implements AutoCloseable {
    final Database db;
    final Desks desks;
    final List<Set<Change>> heard = new ArrayList<>();
    private final Changes.Listener listener = heard::add;
    final Organization admin;
    final Page vk;

    DeskFixture(Path dir) {
        db = Database.open(dir.resolve("official-pages.db"));
        desks = TestDesks.over(db);
        desks.office().save(new Settings("Берёзовское сельское поселение", "", "Глава", "", "", NormPreset.ISHTAN,
                NormPreset.ISHTAN.norms(), 3, false, true));
        admin = desks.pages().saveOrganization(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация Берёзовского сельского поселения", "", "", "", "", false, "", false));
        vk = desks.pages().add(new Page(0, admin.id(), Network.VK, "https://vk.com/club210001",
                LocalDate.of(2025, 1, 20), null, null));
        desks.changes().subscribe(EnumSet.allOf(Change.class), listener);
    }

    @Override
    public void close() {
        db.close();
    }
}
