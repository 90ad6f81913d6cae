package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.Settings;
import ru.officialpages.domain.WeeklyNorms;

/** On both engines (issue 19). */
@ParameterizedClass
@EnumSource(Engine.class)
class RepositoriesTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = engine.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void settingsRoundTrip() {
        SettingsRepository repo = new SettingsRepository(db);
        Settings s = new Settings("Иштанское сельское поселение", "Петров П. П.", "Глава поселения", "Сидорова А. А.",
                "Специалист", NormPreset.CUSTOM, new WeeklyNorms(4, 3, 2, 1), 2, true, true);
        repo.save(s);
        assertThat(repo.load()).isEqualTo(s);
    }

    /** The calendar is read in one query (issue 20): imported years, a year imported with no special days, corrections. */
    @Test
    void calendarReadsImportedYearsAndCorrectionsTogether() {
        CalendarRepository repo = new CalendarRepository(db, List.of());
        LocalDate newYear = LocalDate.of(2031, 1, 2);
        repo.importYears(List.of(new ru.officialpages.rules.CalendarYear(2031,
                        java.util.Map.of(newYear, ru.officialpages.rules.DayType.NON_WORKING), ru.officialpages.rules.CalendarSource.IMPORTED),
                new ru.officialpages.rules.CalendarYear(2032, java.util.Map.of(), ru.officialpages.rules.CalendarSource.IMPORTED)),
                LocalDateTime.of(2030, 12, 1, 10, 0));
        LocalDate moved = LocalDate.of(2031, 3, 9);
        repo.setDay(moved, ru.officialpages.rules.DayType.NON_WORKING);

        ru.officialpages.rules.ProductionCalendar calendar = repo.workingTime().calendar();
        assertThat(calendar.hasOfficialData(2031)).isTrue();
        assertThat(calendar.hasOfficialData(2032)).isTrue();
        assertThat(calendar.hasOfficialData(2033)).isFalse();
        assertThat(calendar.year(2031).dayType(newYear)).isEqualTo(ru.officialpages.rules.DayType.NON_WORKING);
        assertThat(calendar.overrides()).containsExactly(java.util.Map.entry(moved, ru.officialpages.rules.DayType.NON_WORKING));
        assertThat(calendar.dayType(moved)).isEqualTo(ru.officialpages.rules.DayType.NON_WORKING);
    }

    @Test
    void settingsBeforeSetupAreTheInitialOnes() {
        assertThat(new SettingsRepository(db).load()).isEqualTo(Settings.initial());
    }

    @Test
    void organizationsAreSavedUpdatedAndArchivedNotDeleted() {
        OrganizationRepository repo = new OrganizationRepository(db);
        Organization saved = repo.save(new Organization(0, OrganizationKind.INSTITUTION, "Сельская библиотека",
                "с. Берёзовка", "lib@example.ru", "8 (38241) 2-13-09", "", false, "", false));
        assertThat(saved.id()).isPositive();

        repo.save(new Organization(saved.id(), OrganizationKind.INSTITUTION, "Сельская библиотека им. Пушкина",
                "с. Берёзовка", "lib@example.ru", "", "", false, "", false));
        repo.save(repo.find(saved.id()).orElseThrow().withArchived(true));

        List<Organization> all = repo.all();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).name()).isEqualTo("Сельская библиотека им. Пушкина");
        assertThat(all.get(0).archived()).isTrue();
    }

    @Test
    void updatingAMissingOrganizationFails() {
        OrganizationRepository repo = new OrganizationRepository(db);
        assertThatThrownBy(() -> repo.save(Organization.blank(OrganizationKind.HEAD).withId(42)))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void postsAreAllOrNothing() {
        Page page = administrationPage();
        PostRepository posts = new PostRepository(db);
        LocalDateTime t = LocalDateTime.of(2026, 11, 20, 10, 0);
        posts.addAll(List.of(new Post(0, page.id(), t, "https://vk.com/wall-1_1", PostFormat.PHOTO, "Субботник")));

        // The second batch repeats a link: the whole batch is refused, the first post stays alone.
        assertThatThrownBy(() -> posts.addAll(List.of(
                new Post(0, page.id(), t.plusHours(1), "https://vk.com/wall-1_2", PostFormat.TEXT, ""),
                new Post(0, page.id(), t.plusHours(2), "https://vk.com/wall-1_1", PostFormat.TEXT, ""))))
                .isInstanceOf(StorageException.class);
        assertThat(posts.count()).isEqualTo(1);
        assertThat(posts.between(t.minusDays(1), t.plusDays(1))).extracting(Post::topic).containsExactly("Субботник");
        assertThat(new PageRepository(db).all()).extracting(Page::address).containsExactly("https://vk.com/adm");
    }

    @Test
    void postsAddedManyAtATimeComeBackWithTheirIdsAndKeepTheirTexts() {
        Page page = administrationPage();
        PostRepository posts = new PostRepository(db);
        LocalDateTime t = LocalDateTime.of(2026, 11, 20, 10, 0);
        // More than one statement's rows on SQLite (NewPosts.VALUES_ROWS), the last statement a shorter one.
        List<Post> file = new java.util.ArrayList<>();
        for (int i = 0; i < NewPosts.VALUES_ROWS * 2 + 7; i++) {
            file.add(new Post(0, page.id(), t.plusMinutes(i), "https://vk.com/wall-1_" + (1000 + i), PostFormat.TEXT,
                    "Тема " + i, i % 3 == 0 ? "" : "Текст «" + i + "»; с кавычками \"и\" запятыми, {скобками}"));
        }
        List<Post> saved = posts.addAll(file);

        assertThat(saved).hasSize(file.size());
        assertThat(saved).extracting(Post::id).doesNotHaveDuplicates().allMatch(id -> id > 0);
        for (int i = 0; i < file.size(); i += 37) {
            Post p = saved.get(i);
            assertThat(p.url()).isEqualTo(file.get(i).url());
            assertThat(posts.text(p.id())).isEqualTo(file.get(i).text());
            assertThat(posts.between(p.publishedAt(), p.publishedAt().plusMinutes(1))).extracting(Post::id, Post::url)
                    .containsExactly(tuple(p.id(), p.url()));
        }
    }

    private Page administrationPage() {
        Organization org = new OrganizationRepository(db).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация", "", "", "", "", false, "", false));
        return new PageRepository(db).add(new Page(0, org.id(), Network.VK, "https://vk.com/adm",
                LocalDate.of(2026, 1, 10), null, null));
    }
}
