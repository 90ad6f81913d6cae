package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.PageSync;
import ru.officialpages.domain.PostReach;
import ru.officialpages.domain.SyncedComment;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.SyncedRepository;

/** Synced comments, reach and pages' sync state travel in the full export (sheet «Комментари…») and back. */
class SyncedDataExportTest {
    static final LocalDateTime T = LocalDateTime.of(2026, 12, 7, 10, 15);
    @TempDir
    Path dir;

    @Test
    void commentsGoToTheirOwnSheetAndComeBackWithImportAll() throws Exception {
        Path data = dir.resolve("old");
        CliRun old = new CliRun(data);
        assertThat(old.demoData()).isZero();
        try (Database db = Database.open(data.resolve("official-pages.db"))) {
            SyncedRepository synced = new SyncedRepository(db);
            String post = "https://vk.com/wall-1_2";
            synced.saveComments(1, List.of(
                    new SyncedComment.Read("-1_2_3", null, post, post + "?reply=3", "Мария Иванова",
                            "https://vk.com/m.ivanova", T, "Когда починят дорогу на Лесной?"),
                    new SyncedComment.Read("-1_2_4", "-1_2_3", post, post + "?reply=4&thread=3",
                            "Администрация", "https://vk.com/adm_town", T.plusMinutes(30), "В среду.")));
            synced.saveReach(1, new PostReach(345L, 12, 3, 2, false, T, null));
            synced.noted(1, "Нет доступа к странице", T);
        }
        Path file = dir.resolve("всё.xlsx");
        assertThat(old.run("export", "--out", file.toString())).isZero();

        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet comments = null;
            for (Sheet s : wb) {
                if (s.getSheetName().startsWith("Комментари")) {
                    comments = s;
                }
            }
            assertThat(comments).as("a sheet named «Комментари…»").isNotNull();
            DataFormatter f = new DataFormatter();
            for (Row r : comments) {
                r.forEach(c -> texts.add(f.formatCellValue(c)));
            }
            assertThat(wb.getSheet("Охват публикаций")).isNotNull();
        }
        assertThat(texts).contains("Мария Иванова", "Когда починят дорогу на Лесной?", "https://vk.com/m.ivanova");

        Path fresh = dir.resolve("new");
        CliRun neu = new CliRun(fresh);
        assertThat(neu.run("import", "all", file.toString())).isZero();
        try (Database db = Database.open(fresh.resolve("official-pages.db"))) {
            SyncedRepository synced = new SyncedRepository(db);
            List<SyncedComment> back = synced.unreviewed(1);
            assertThat(back).extracting(SyncedComment::text).containsExactly("Когда починят дорогу на Лесной?", "В среду.");
            assertThat(back.get(1).parentId()).isEqualTo(back.get(0).id());
            assertThat(synced.reach(1)).contains(new PostReach(345L, 12, 3, 2, false, T, null));
            assertThat(synced.sync(1)).contains(new PageSync(1, null, "Нет доступа к странице", T));
        }
    }
}
