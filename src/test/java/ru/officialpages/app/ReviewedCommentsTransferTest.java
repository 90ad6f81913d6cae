package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.desk.Changes;
import ru.officialpages.desk.ModerationDesk;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationFilter;
import ru.officialpages.domain.SyncedComment;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.SyncedRepository;

/**
 * A comment the clerk has dealt with keeps, through `export --out` and `import all`, its review
 * time and the moderation record made of it: the sheet «Комментари…» carries both.
 */
class ReviewedCommentsTransferTest {
    static final LocalDateTime T = LocalDateTime.of(2026, 12, 7, 10, 15);
    @TempDir
    Path dir;

    @Test
    void aDecidedCommentComesBackTiedToItsRecordAndAFineOneStaysLookedAt() throws Exception {
        Path data = dir.resolve("old");
        CliRun old = new CliRun(data);
        assertThat(old.demoData()).isZero();
        long recordId;
        try (Database db = Database.open(data.resolve("official-pages.db"))) {
            SyncedRepository synced = new SyncedRepository(db);
            String post = "https://vk.com/wall-1_7";
            synced.saveComments(1, List.of(
                    new SyncedComment.Read("-1_7_1", null, post, post + "?reply=1", "Пётр Ёлкин", "https://vk.com/id77",
                            T, "ПРОДАМ гараж"),
                    new SyncedComment.Read("-1_7_2", null, post, post + "?reply=2", "Анна", "", T.plusMinutes(1),
                            "Спасибо за новости")));
            List<SyncedComment> kept = synced.unreviewed(1);
            ModerationDesk desk = new ModerationDesk(new ModerationRepository(db), new Changes());
            recordId = desk.recordComment(kept.get(0), Set.of(DeletionGround.ADVERTISING), ModerationAction.DELETED,
                    T.plusMinutes(10)).record().id();
            desk.noViolations(1, List.of(kept.get(1).id()), T.plusMinutes(11));
        }
        Path file = dir.resolve("всё.xlsx");
        assertThat(old.run("export", "--out", file.toString())).isZero();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new java.util.ArrayList<>();
            for (Sheet s : wb) {
                names.add(s.getSheetName());
            }
            assertThat(names).anyMatch(n -> n.startsWith("Комментари"));
        }

        Path fresh = dir.resolve("new");
        assertThat(new CliRun(fresh).run("import", "all", file.toString())).isZero();
        try (Database db = Database.open(fresh.resolve("official-pages.db"))) {
            SyncedRepository synced = new SyncedRepository(db);
            assertThat(synced.unreviewed(1)).isEmpty();
            List<SyncedComment> back = synced.commentsSince(1, T.minusDays(1));
            assertThat(back).extracting(SyncedComment::text).containsExactly("ПРОДАМ гараж", "Спасибо за новости");
            assertThat(back.get(0).recordId()).isEqualTo(recordId);
            assertThat(back.get(0).reviewedAt()).isEqualTo(T.plusMinutes(10));
            assertThat(back.get(1).recordId()).isNull();
            assertThat(back.get(1).reviewedAt()).isEqualTo(T.plusMinutes(11));
            assertThat(new ModerationRepository(db).count(new ModerationFilter(1L, null, null, DeletionGround.ADVERTISING,
                    null, "Ёлкин"))).isEqualTo(1);
        }
    }
}
