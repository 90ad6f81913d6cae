package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.report.WeeklyReport.PageLine;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.ReportFixture;

/**
 * A period counts exactly what is dated inside it (issue 18 item 3): the boundary weeks are
 * clipped, their norms prorated by the days inside, and the totals agree with a plain count of
 * the post log.
 */
class ExactPeriodTest {
    @TempDir
    Path dir;
    Database db;
    WeeklyReports reports;
    ReportFixture fixture;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("data.db"));
        TestReports.signedSettlement(db);
        fixture = ReportFixture.week47(db);
        // Posts on both sides of November's edges: 26.10–01.11 and 30.11–06.12 are boundary weeks.
        new PostRepository(db).addAll(List.of(
                post(fixture.admin.id(), "2026-10-31T10:00", 101),
                post(fixture.admin.id(), "2026-11-01T18:00", 102),
                post(fixture.admin.id(), "2026-11-30T09:00", 103),
                post(fixture.admin.id(), "2026-12-01T09:00", 104),
                post(fixture.culture.id(), "2026-12-06T12:00", 105)));
        reports = TestReports.over(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theNovemberSummaryCountsNovemberPostsOnlyAndAgreesWithThePostLog() {
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        PeriodReport november = PeriodReport.make(reports, from, to, LocalDateTime.of(2026, 12, 7, 10, 0));

        // 01.11, 15.11, 17.11, 20.11, 23.11, 30.11 (admin) and 19–22.11 (culture): not 31.10, 01.12, 06.12.
        assertThat(november.published()).isEqualTo(10).isEqualTo(ReportFixture.postsLogged(db, from, to));
        assertThat(november.weeks()).hasSize(6);
        WeeklyReport firstWeek = november.weeks().get(0);
        assertThat(firstWeek.partial()).isTrue();
        assertThat(firstWeek.first()).isEqualTo(from);
        assertThat(firstWeek.last()).isEqualTo(from);
        assertThat(firstWeek.publications().published()).as("01.11 only, not 31.10").isEqualTo(1);
        WeeklyReport lastWeek = november.weeks().get(5);
        assertThat(lastWeek.partial()).isTrue();
        assertThat(lastWeek.first()).isEqualTo(to);
        assertThat(lastWeek.last()).isEqualTo(to);
        assertThat(lastWeek.publications().published()).as("30.11 only, not 01.12 or 06.12").isEqualTo(1);
        assertThat(november.weeks().subList(1, 5)).noneMatch(WeeklyReport::partial);
        assertThat(PeriodReportXlsx.weekLabel(firstWeek)).contains("неполная неделя");
        assertThat(PeriodReportXlsx.weekLabel(november.weeks().get(1))).doesNotContain("неполная");
    }

    @Test
    void aClippedWeekProratesTheNormByItsDaysInsideRoundedUp() {
        // 16.11 – 18.11: three days of week 47.
        PeriodReport p = PeriodReport.make(reports, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 18),
                ReportFixture.NOW);
        WeeklyReport w47 = p.weeks().get(p.weeks().size() - 1);
        assertThat(w47.first()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(w47.last()).isEqualTo(LocalDate.of(2026, 11, 18));
        // The culture house was created on 19.11: not in these days. The admin page: norm 3 × 3/7 → 2.
        assertThat(w47.publications().pages()).extracting(PageLine::organization)
                .containsExactly("Администрация Берёзовского сельского поселения");
        PageLine admin = w47.publications().pages().get(0);
        assertThat(admin.norm()).isEqualTo(2);
        assertThat(admin.daysExisted()).isEqualTo(3);
        assertThat(admin.published()).isEqualTo(1);
        // Sunday 01.11 alone: admin 3/7 → 1, the library (norm 2, deleted 10.11) 2/7 → 1.
        WeeklyReport w44 = p.weeks().get(0);
        assertThat(w44.publications().norm()).isEqualTo(2);
        // The other sections are clipped as well: records, messages and plan items of 16–18.11 and 13.11.
        assertThat(p.weeks().stream().mapToInt(w -> w.moderation().records()).sum()).isEqualTo(3);
        assertThat(w47.moderation().workingDays()).isEqualTo(3);
        assertThat(p.weeks().stream().mapToInt(w -> w.messages().received()).sum()).isEqualTo(4);
        assertThat(w47.plan().planned()).as("16.11, 18.11 and the item moved to 18.11").isEqualTo(3);
        assertThat(p.published()).isEqualTo(ReportFixture.postsLogged(db, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 18)));
    }

    @Test
    void aWholeWeekIsUnchanged() {
        WeeklyReport week = reports.week(ReportFixture.MONDAY, ReportFixture.NOW);
        PeriodReport p = PeriodReport.make(reports, ReportFixture.MONDAY, ReportFixture.MONDAY.plusDays(6), ReportFixture.NOW);
        assertThat(p.weeks()).containsExactly(week);
        assertThat(week.partial()).isFalse();
    }

    private static Post post(long pageId, String at, int n) {
        return new Post(0, pageId, LocalDateTime.parse(at), "https://vk.com/wall-1_" + n, PostFormat.PHOTO, "Тема " + n);
    }
}
