package ru.officialpages.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationFilter;
import ru.officialpages.ui.posts.PageChoice;

/** The record form without a window: messages by the fields, suggested grounds, the blacklist warning, saving. */
class RecordFormViewModelTest {
    @TempDir
    Path dir;
    ModerationFixture f;
    RecordFormViewModel form;

    @BeforeEach
    void open() {
        f = new ModerationFixture(dir);
        f.vm.load();
        form = f.vm.form();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private PageChoice vk() {
        return f.vm.context().activeChoices().stream().filter(c -> c.page().id() == f.vk.id()).findFirst().orElseThrow();
    }

    @Test
    void savingWithoutPageOrGroundSaysWhyByTheFieldsAndWritesNothing() {
        form.save();
        assertThat(form.pageErrorProperty().get()).isEqualTo("Выберите страницу, на которой был комментарий.");
        assertThat(form.groundsErrorProperty().get()).startsWith("Отметьте хотя бы одно основание");
        assertThat(f.desks.moderation().count(ModerationFilter.ALL)).isZero();
        form.page.set(vk());
        form.chosen(DeletionGround.OFF_TOPIC).set(true);
        assertThat(form.pageErrorProperty().get()).isEmpty();
        assertThat(form.groundsErrorProperty().get()).isEmpty();
    }

    @Test
    void aDisguisedObsceneWordIsSuggestedTickedOnRequestAndSaved() {
        form.page.set(vk());
        form.authorName.set("Иван Сидоров");
        form.text.set(ModerationFixture.OBSCENE);
        assertThat(form.suggested(DeletionGround.OBSCENE_LANGUAGE).get()).isTrue();
        assertThat(form.chosen(DeletionGround.OBSCENE_LANGUAGE).get()).isFalse();
        assertThat(form.hints()).anyMatch(h -> h.startsWith("Похоже на нецензурное слово"));
        form.acceptSuggested();
        form.action.set(ModerationAction.BLACKLISTED);
        form.save();
        assertThat(f.vm.context().statusProperty().get()).isEqualTo("Запись сохранена; Иван Сидоров — в чёрном списке");
        assertThat(f.vm.records().foundProperty().get()).isEqualTo("Найдено: 1 запись");
        // The form is new again, on the same page; the next record naming the author warns.
        assertThat(form.text.get()).isEmpty();
        assertThat(form.page.get()).isEqualTo(vk());
        form.authorName.set("иван сидоров");
        assertThat(form.authorWarningProperty().get()).startsWith("Автор в чёрном списке с 23.11.2026");
    }

    @Test
    void aRecordAnotherUserChangedMeanwhileIsNotWrittenOverAndTheListIsReadAgain() {
        form.page.set(vk());
        form.authorName.set("Пётр");
        form.text.set("Реклама окон");
        form.chosen(DeletionGround.ADVERTISING).set(true);
        form.save();
        var entry = f.desks.moderation().slice(ModerationFilter.ALL, 0, 10).get(0);
        form.edit(entry);
        // Another specialist adds a note to the same record meanwhile.
        var r = entry.record();
        f.desks.moderation().update(new ru.officialpages.domain.ModerationRecord(r.id(), r.pageId(), r.noticedAt(),
                r.authorName(), r.authorLink(), r.text(), r.grounds(), r.action(), "проверено вторым", r.recordedAt()));
        form.note.set("моя заметка");
        form.save();
        assertThat(f.vm.context().statusProperty().get()).startsWith("Запись изменил другой пользователь");
        assertThat(form.editingProperty().get()).isNull();
        assertThat(f.desks.moderation().slice(ModerationFilter.ALL, 0, 10).get(0).record().note()).isEqualTo("проверено вторым");
        // Opened again, the change is saved.
        form.edit(f.desks.moderation().slice(ModerationFilter.ALL, 0, 10).get(0));
        form.note.set("моя заметка");
        form.save();
        assertThat(f.vm.context().statusProperty().get()).isEqualTo("Запись изменена");
        form.note.set("и ещё");
        form.save();
        assertThat(f.desks.moderation().slice(ModerationFilter.ALL, 0, 10).get(0).record().note()).isEqualTo("и ещё");
    }

    @Test
    void aTimeThatIsNotATimeIsSaidAtOnce() {
        form.time.set("25:99");
        assertThat(form.timeErrorProperty().get()).isNotEmpty();
        form.time.set("9:30");
        assertThat(form.timeErrorProperty().get()).isEmpty();
    }
}
