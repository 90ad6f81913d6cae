package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.ReportFigures.PageWeek;

/**
 * The trend's posts per week, counted in one query for all weeks (issue 20 item 5), are exactly
 * what the week's own report counts: the sum of {@code pagesOfWeek} week by week, on generated
 * pages created and deleted mid-week with posts before, during and after their lives.
 */
class PostsOfWeeksTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theTrendCountsEachWeekAsTheWeeksReportDoes(Engine engine) {
        LocalDate first = LocalDate.of(2026, 8, 31);
        int weeks = 12;
        try (Database db = engine.open(dir)) {
            Random random = new Random(20);
            OrganizationRepository organizations = new OrganizationRepository(db);
            PageRepository pages = new PageRepository(db);
            List<Post> posts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Organization o = organizations.save(new Organization(0, OrganizationKind.INSTITUTION, "Школа № " + i, "", "", "",
                        "", false, "", false));
                LocalDate created = first.plusDays(random.nextInt(weeks * 7 + 20) - 20L);
                Page p = pages.add(new Page(0, o.id(), Network.VK, "https://vk.com/p" + i, created, null, null));
                if (i % 3 == 0) {
                    pages.delete(p.id(), created.plusDays(1 + random.nextInt(50)));
                }
                for (int k = 0; k < 40; k++) {
                    LocalDateTime at = first.minusDays(10).atStartOfDay().plusMinutes(random.nextInt((weeks * 7 + 20) * 24 * 60));
                    posts.add(new Post(0, p.id(), at, "https://vk.com/wall-" + i + "_" + k, PostFormat.PHOTO, "Тема"));
                }
            }
            new PostRepository(db).addAll(posts);
            ReportRepository r = new ReportRepository(db);

            int[] trend = r.postsOfWeeks(first, weeks);

            int[] weekByWeek = new int[weeks];
            for (int w = 0; w < weeks; w++) {
                weekByWeek[w] = r.pagesOfWeek(first.plusWeeks(w)).stream().mapToInt(PageWeek::published).sum();
            }
            assertThat(trend).containsExactly(weekByWeek);
            assertThat(java.util.Arrays.stream(trend).filter(n -> n > 0).count()).isGreaterThan(weeks / 2);
            assertThat(r.postsOfWeeks(first.plusWeeks(3), 1)).containsExactly(weekByWeek[3]);
        }
    }
}
