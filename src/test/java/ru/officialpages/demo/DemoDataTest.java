package ru.officialpages.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;

class DemoDataTest {
    @TempDir
    Path dir;

    private DemoData demo(Database db) {
        return new DemoData(new SettingsRepository(db), new OrganizationRepository(db), new PageRepository(db),
                new PostRepository(db), new ru.officialpages.storage.PlanRepository(db, java.time.Clock.systemDefaultZone()),
                new ru.officialpages.storage.ModerationRepository(db), new ru.officialpages.storage.MessageRepository(db));
    }

    @Test
    void looksLikeASettlementAndIsTheSameEveryTime() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        try (Database a = Database.open(dir.resolve("a.db")); Database b = Database.open(dir.resolve("b.db"))) {
            DemoData.Summary sa = demo(a).load(today);
            DemoData.Summary sb = demo(b).load(today);
            assertThat(sa).isEqualTo(sb);
            assertThat(sa.organizations()).isEqualTo(4);
            // A plan for this week and the next, one item already overdue: the Сегодня screen has something to say.
            var planned = new ru.officialpages.storage.PlanRepository(a, java.time.Clock.systemDefaultZone()).between(today.minusDays(7), today.plusDays(14));
            assertThat(planned).hasSize(sa.planItems());
            assertThat(planned).anyMatch(i -> i.overdueOn(today));
            assertThat(planned).anyMatch(i -> i.day().equals(today));

            Set<String> networks = new PageRepository(a).all().stream().map(Page::networkCode).collect(Collectors.toSet());
            assertThat(networks).containsExactlyInAnyOrder(Network.VK, Network.OK, Network.TELEGRAM);
            assertThat(new SettingsRepository(a).load().setupDone()).isTrue();
            assertThat(new SettingsRepository(a).load().municipality()).isEqualTo("Берёзовское сельское поселение");

            var posts = new PostRepository(a).between(LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2027, 1, 1, 0, 0));
            assertThat(posts).hasSize(sa.posts()).allSatisfy(p -> assertThat(p.publishedAt().toLocalDate()).isBeforeOrEqualTo(today));
            // Several weeks of posts, not one burst.
            assertThat(posts.stream().map(p -> p.publishedAt().toLocalDate().getDayOfYear() / 7).distinct().count())
                    .isGreaterThanOrEqualTo(5);
            assertThat(posts.stream().map(Post::url).distinct().count()).isEqualTo(posts.size());

            // Ten messages in every stage: one overdue all day, one of high importance, answered in time and late.
            var messages = new ru.officialpages.storage.MessageRepository(a)
                    .slice(ru.officialpages.domain.MessageFilter.all(), 0, 100);
            assertThat(messages).hasSize(sa.messages()).hasSize(10);
            assertThat(messages).allSatisfy(m -> assertThat(m.detectedAt().toLocalDate()).isBefore(today));
            assertThat(messages).anyMatch(m -> m.dueAt() != null && m.dueAt().isBefore(today.atTime(9, 0)));
            assertThat(messages).anyMatch(m -> m.importance() == ru.officialpages.domain.Importance.HIGH);
            assertThat(messages).anyMatch(m -> ru.officialpages.rules.MessageDeadlines.answeredInTime(m).orElse(false));
            assertThat(messages).anyMatch(m -> !ru.officialpages.rules.MessageDeadlines.answeredInTime(m).orElse(true));
            assertThat(messages).extracting(ru.officialpages.domain.Message::stage).contains(
                    ru.officialpages.domain.MessageStage.NEW, ru.officialpages.domain.MessageStage.SENT,
                    ru.officialpages.domain.MessageStage.INTERIM, ru.officialpages.domain.MessageStage.FINAL,
                    ru.officialpages.domain.MessageStage.CLOSED);
            // Moderation: a dozen records of recent weeks with grounds, two authors blacklisted, rounds done but not today.
            var moderation = new ru.officialpages.storage.ModerationRepository(a);
            assertThat(sa.moderationRecords()).isEqualTo(12);
            var records = moderation.slice(ru.officialpages.domain.ModerationFilter.ALL, 0, 100);
            assertThat(records).hasSize(12).allSatisfy(e -> {
                assertThat(e.record().noticedAt().toLocalDate()).isBefore(today).isAfter(today.minusWeeks(5));
                if (ru.officialpages.imports.ModerationImport.needsGround(e.record().action())) {
                    assertThat(e.record().grounds()).isNotEmpty();
                }
            });
            assertThat(records.stream().map(e -> e.record().action()).distinct().count()).isGreaterThanOrEqualTo(4);
            var blacklisted = moderation.blacklist("", false, today).stream()
                    .filter(l -> l.entry().restriction() == ru.officialpages.domain.ModerationAction.BLACKLISTED).toList();
            assertThat(blacklisted).hasSize(2);
            // The author listed first is recognised later by his profile.
            assertThat(moderation.listed("", "vk.com/id305577", today)).isNotEmpty();
            var rounds = moderation.rounds(today.minusWeeks(3), today);
            assertThat(rounds).doesNotContainKey(today).isNotEmpty();
            assertThat(rounds.keySet()).allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isLessThan(6));
            assertThat(rounds.values()).allSatisfy(pages -> assertThat(pages).hasSize(7));
        }
    }

    @Test
    void neverMixesWithRealData() {
        try (Database db = Database.open(dir.resolve("c.db"))) {
            DemoData d = demo(db);
            assertThat(d.canLoad()).isTrue();
            d.load(LocalDate.of(2026, 11, 23));
            assertThat(d.canLoad()).isFalse();
        }
    }
}
