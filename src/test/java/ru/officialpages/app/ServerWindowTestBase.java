package ru.officialpages.app;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Settings;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.District;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.ServerAddress;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.storage.TestServer;

/** The window on the district's database driven by TestFX: every window the test opened is closed after it. */
abstract class ServerWindowTestBase extends FxRobot {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 9, 0);
    static final String PASSWORD = "secret-123";

    /** The logins of the two settlements {@link #twoSettlements} sets up. */
    record Logins(String berezovka, String ishtan) {
    }

    /** A district set up on {@code owner}'s database with Берёзовское and Иштанское, one page each. */
    static Logins twoSettlements(ServerAddress owner) {
        try (Database admin = Database.connect(owner)) {
            new District(admin).init("Кожевниковский район", NOW);
        }
        Logins logins = new Logins(TestServer.newLogin("berezovka"), TestServer.newLogin("ishtan"));
        settlement(owner, "Берёзовское сельское поселение", logins.berezovka(), "https://vk.com/berezovka_adm");
        settlement(owner, "Иштанское сельское поселение", logins.ishtan(), "https://vk.com/ishtan_adm");
        return logins;
    }

    /** A settlement set up on the server by its own login: its settings, administration and one page. */
    static void settlement(ServerAddress owner, String name, String login, String address) {
        try (Database admin = Database.connect(owner)) {
            new District(admin).addSettlement(name, login, PASSWORD, NOW, Optional.empty());
        }
        try (Database mine = Database.connect(owner.as(login, PASSWORD))) {
            new SettingsRepository(mine).save(new Settings(name, "", "Глава", "", "",
                    NormPreset.ISHTAN, NormPreset.ISHTAN.norms(), 3, false, true));
            Organization o = new OrganizationRepository(mine).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                    "Администрация: " + name, "", "", "", "", false, "", false));
            new PageRepository(mine).add(new Page(0, o.id(), Network.VK, address, LocalDate.of(2025, 1, 1), null, null));
        }
    }

    static {
        Platform.setImplicitExit(false);
    }

    @BeforeEach
    void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.setupFixture(() -> Window.getWindows().stream().filter(w -> w instanceof Stage)
                .map(w -> (Stage) w).toList().forEach(s -> {
                    s.setOnHidden(null);
                    s.close();
                }));
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
