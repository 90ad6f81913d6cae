package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.connect.StandIn;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.PostRepository;

/**
 * {@code sync} as a script runs it: pages imported into a real data folder, VK and t.me answered by a
 * stand-in on 127.0.0.1 from recorded answers, at the real pace of 3 requests a second.
 */
class SyncCommandTest {
    static final String KEY = "a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0abcd";
    @TempDir
    Path dir;
    private final StandIn site = new StandIn();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void pages() throws Exception {
        Path csv = dir.resolve("pages.csv");
        Files.write(csv, ("Организация;Адрес страницы;Дата создания\r\n"
                + "Администрация;vk.com/adm_town;01.02.2024\r\n"
                + "Администрация;t.me/beryozovo_adm;01.02.2024\r\n").getBytes(Charset.forName("windows-1251")));
        assertThat(run("import", "pages", csv.toString())).as(err()).isZero();
        site.vk("utils.resolveScreenName", "utils.resolveScreenName.json");
        site.vkWhen("wall.get", "offset", "0", "wall.get-page1.json");
        site.vk("wall.getComments", "{\"response\":{\"count\":0,\"items\":[],\"profiles\":[],\"groups\":[]}}");
        site.on("/s/beryozovo_adm", new StandIn.Reply(200, "text/html; charset=utf-8",
                StandIn.resource("t.me-s-channel.html")));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(all, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("OFFICIAL_PAGES_NO_DIALOG", "1",
                        "OFFICIAL_PAGES_VK_TOKEN", KEY, "OFFICIAL_PAGES_VK_API", site.base(),
                        "OFFICIAL_PAGES_TELEGRAM_PREVIEW", site.root() + "s/"));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private int posts() {
        try (Database db = Database.open(dir.resolve("data").resolve("official-pages.db"))) {
            return new PostRepository(db).count();
        }
    }

    @Test
    void everyPageIsReadIntoTheLogAndASecondRunAddsNothing() {
        assertThat(run("sync", "--from", "05.12.2026")).as(err()).isZero();
        // From 05.12 00:00 (posts at 05:00 and 17:00 UTC, far from midnight): VK posts 997…1000, the channel's newest.
        assertThat(out()).contains("Читаю 2 страницы")
                .contains("https://vk.com/adm_town: прочитано; новых записей 4")
                .contains("https://t.me/beryozovo_adm: прочитано; новых записей 1")
                .contains("Итого: новых записей 5");
        assertThat(err()).contains("(1 из 2)");
        assertThat(posts()).isEqualTo(5);

        assertThat(run("sync", "--from", "05.12.2026", "--page", "vk.com/adm_town")).as(err()).isZero();
        assertThat(out()).contains("Читаю 1 страницу").contains("новых записей 0, обновлено 0");
        assertThat(site.requests("utils.resolveScreenName")).as("the number was remembered").hasSize(1);
        assertThat(posts()).isEqualTo(5);
    }

    @Test
    void aRefusedKeySaysSoChangesNothingAndExitsWithOne() {
        site.only("/method/utils.resolveScreenName", new StandIn.Reply(200, "application/json",
                StandIn.resource("error-5.json")));
        assertThat(run("sync", "--page", "vk.com/adm_town")).isEqualTo(1);
        assertThat(err()).contains("Ключ не подходит");
        assertThat(posts()).isZero();
    }

    @Test
    void theDailyLimitSaysWhenToTryAgain() {
        site.only("/method/utils.resolveScreenName", new StandIn.Reply(200, "application/json",
                StandIn.resource("error-29.json")));
        assertThat(run("sync", "--from", "05.12.2026")).isEqualTo(1);
        assertThat(err()).contains("Дневной лимит").contains("Попробуйте снова после");
        assertThat(out()).contains("https://vk.com/adm_town: не прочитано (чтение остановлено");
        assertThat(posts()).as("the channel read before the stop is kept").isEqualTo(1);
    }

    @Test
    void aChannelWithoutPreviewIsANoteAndTheRunStillSucceeds() {
        site.only("/s/beryozovo_adm", new StandIn.Reply(302, "", site.root() + "closed"));
        site.on("/closed", new StandIn.Reply(200, "text/html; charset=utf-8", StandIn.resource("t.me-closed_adm.html")));
        assertThat(run("sync", "--from", "05.12.2026")).as(err()).isZero();
        assertThat(out()).contains("https://t.me/beryozovo_adm: не прочитано — ");
        assertThat(posts()).isEqualTo(4);
    }

    @Test
    void wrongDateOrUnknownPageAreToldInRussian() {
        assertThat(run("sync", "--from", "вчера")).isEqualTo(2);
        assertThat(err()).contains("«вчера» — не дата");
        assertThat(run("sync", "--page", "vk.com/nobody")).isEqualTo(1);
        assertThat(err()).contains("нет действующей страницы").contains("vk.com/nobody");
    }
}
