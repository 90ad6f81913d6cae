package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageFilter;
import ru.officialpages.domain.MessageStage;
import ru.officialpages.domain.MessageStep;
import ru.officialpages.domain.StepKind;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;

/** {@code import messages FILE}: all the rows with their deadlines, or with any error none. */
class ImportMessagesCommandTest {
    @TempDir
    Path dir;

    private List<Message> messages() {
        try (Database db = Database.open(dir.resolve("official-pages.db"))) {
            return new MessageRepository(db).slice(MessageFilter.all(), 0, 100);
        }
    }

    @Test
    void importsAGoodFileWithDeadlinesAndRefusesABadOneWhole() throws Exception {
        CliRun cli = new CliRun(dir);
        Path good = Files.writeString(dir.resolve("good.csv"), """
                Дата выявления;Соцсеть;Автор;Ссылка;Текст;Важность;Дата ответа;Промежуточный ответ;Дата окончательного ответа
                20.11.2026 17:30;ВКонтакте;Петров Иван;https://vk.com/wall-1_5;Когда починят фонарь?;;;;
                23.11.2026 09:05;Одноклассники;Анна;;Упало дерево;повышенная;23.11.2026 10:00;да;
                """);
        assertThat(cli.run("import", "messages", good.toString())).isZero();
        assertThat(cli.out()).contains("Загружено сообщений: 2.");
        List<Message> saved = messages();
        assertThat(saved).hasSize(2);
        // Due first: the open one (Monday 11:30, §9) before the one with an interim answer (end of 30.11, §18).
        assertThat(saved.get(0).authorName()).isEqualTo("Петров Иван");
        assertThat(saved.get(0).dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 11, 30));
        assertThat(saved.get(1).stage()).isEqualTo(MessageStage.INTERIM);
        assertThat(saved.get(1).dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 18, 0));
        try (Database db = Database.open(dir.resolve("official-pages.db"))) {
            assertThat(new MessageRepository(db).steps(saved.get(1).id())).extracting(MessageStep::kind)
                    .containsExactly(StepKind.INTERIM);
        }

        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                Дата выявления;Соцсеть;Автор;Ссылка;Текст;Важность;Дата ответа;Промежуточный ответ;Дата окончательного ответа
                24.11.2026 10:00;ВКонтакте;Новый;;Новый вопрос;;;;
                24.11.2026 10:00;ВКонтакте;Дубль;https://vk.com/wall-1_5;Опять фонарь;;;;
                """);
        assertThat(cli.run("import", "messages", bad.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("Строка 3").contains("не загружен");
        assertThat(messages()).hasSize(2);

        assertThat(cli.run("import", "messages", dir.resolve("none.csv").toString())).isEqualTo(1);
    }
}
