package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import ru.officialpages.connect.FakeTimer;
import ru.officialpages.connect.StandIn;
import ru.officialpages.desk.SocialConnections;
import ru.officialpages.storage.PlatformKeyFile;

/** The VK key is kept beside the database and nowhere else: not in the log, not in the full export. */
class VkKeyStaysPrivateTest {
    static final String KEY = "SeCrEtKeY0123456789zyxwvutsrq";
    @TempDir
    Path dir;

    @Test
    void theKeyIsInNeitherTheLogNorTheFullExport() throws Exception {
        Path data = dir.resolve("data");
        CliRun cli = new CliRun(data);
        assertThat(cli.demoData()).isZero();

        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Level was = root.getLevel();
        root.setLevel(Level.DEBUG);
        root.addAppender(log);
        try (StandIn vk = new StandIn()) {
            vk.vk("groups.getById", "error-5.json", "error-6.json", "groups.getById.json");
            vk.on("/method/wall.get", new StandIn.Reply(503, "text/html", "down"));
            SocialConnections social = new SocialConnections(new PlatformKeyFile(data), Map.of("OFFICIAL_PAGES_VK_API",
                    vk.base()), LocalDateTime::now, ZoneId.systemDefault(), new FakeTimer());
            social.saveKey(KEY);
            assertThat(social.check(KEY).works()).isFalse();
            assertThat(social.check(KEY).works()).isTrue();
            try {
                social.vk().wall(-1, 0, 100);
            } catch (ru.officialpages.connect.PlatformFailure expected) {
                assertThat(expected.getMessage()).doesNotContain(KEY);
            }
            Path export = dir.resolve("всё.xlsx");
            assertThat(cli.run("export", "--out", export.toString())).isZero();
            assertThat(zipText(export)).as("the full export").isNotBlank().doesNotContain(KEY);
        } finally {
            root.detachAppender(log);
            root.setLevel(was);
        }
        StringBuilder logged = new StringBuilder();
        for (ILoggingEvent e : log.list) {
            logged.append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) {
                logged.append(e.getThrowableProxy().getMessage()).append('\n');
            }
        }
        assertThat(logged.toString()).as("the log records the failures").contains("answered error 5", "HTTP 503");
        assertThat(logged.toString()).as("the log").doesNotContain(KEY);
        assertThat(Files.readString(data.resolve("vk-service-key.txt"))).contains(KEY);
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".db")))
                    .allSatisfy(n -> assertThat(Files.readString(data.resolve(n), StandardCharsets.ISO_8859_1))
                            .doesNotContain(KEY));
        }
    }

    private static String zipText(Path file) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }
}
