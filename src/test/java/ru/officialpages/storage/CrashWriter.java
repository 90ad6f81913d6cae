package ru.officialpages.storage;

import java.nio.file.Path;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;

/**
 * The child process of {@link CrashTest}: writes organizations one transaction at a time and
 * says "committed ID" only after each commit returns, until it is killed.
 */
public final class CrashWriter {
    static final String COMMITTED = "committed ";

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Database db = Database.open(Path.of(args[0]));
        OrganizationRepository orgs = new OrganizationRepository(db);
        for (int i = 0; ; i++) {
            Organization saved = orgs.save(new Organization(0, OrganizationKind.INSTITUTION,
                    "Учреждение " + i, "ул. Ленина, " + i, "mail" + i + "@example.ru", "", "", false, "", false));
            System.out.println(COMMITTED + saved.id());
            System.out.flush();
        }
    }
}
