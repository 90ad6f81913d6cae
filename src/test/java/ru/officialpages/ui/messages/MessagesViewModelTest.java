package ru.officialpages.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageFilter;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;

/** The countdown moves with the clock on {@link MessagesViewModel#refresh}, amber under an hour, red past it. */
class MessagesViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    private MessagesViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("official-pages.db"));
        vm = new MessagesViewModel(ru.officialpages.desk.TestDesks.over(db), new DirectTaskExecutor(TestDialogs.failing()), clock);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMessageAnotherUserSavedMeanwhileIsNotWrittenOverButShownAgain() {
        vm.network.set(vm.networkList().get(0));
        vm.text.set("Когда вывезут мусор?");
        vm.detectedDate.set(LocalDate.of(2026, 11, 20));
        vm.detectedTime.set("17:30");
        vm.topic.set("ЖКХ");
        vm.save();
        Message shown = vm.currentProperty().get();
        // Another specialist corrects the topic from their own connection meanwhile.
        try (Database other = Database.open(dir.resolve("official-pages.db"))) {
            var rules = new ru.officialpages.rules.MessageDeadlines(new ru.officialpages.rules.WorkingTime(
                    ru.officialpages.rules.TestCalendars.standard(), ru.officialpages.rules.OfficeHours.defaults()));
            MessageRepository theirs = new MessageRepository(other);
            Message m = theirs.find(shown.id()).orElseThrow();
            theirs.update(new Message(m.id(), m.pageId(), m.networkCode(), m.authorName(), m.authorLink(), m.link(), m.text(),
                    m.detectedAt(), m.importance(), "Мусор", m.executor(), m.stage(), m.sentAt(), m.interimAt(), m.finalAt(),
                    m.closedAt(), m.noAnswerGround(), m.answerDue(), m.finalDue(), m.dueAt(), m.draft(), m.draftAgreedAt(),
                    m.interimText(), m.finalText()), rules);
        }
        vm.topic.set("Дороги");
        vm.save();
        assertThat(vm.stepErrorProperty().get()).startsWith("Запись изменил другой пользователь");
        assertThat(vm.topic.get()).isEqualTo("Мусор");
        assertThat(new MessageRepository(db).find(shown.id()).orElseThrow().topic()).isEqualTo("Мусор");
        // Read again, the clerk's correction is saved.
        vm.topic.set("Дороги");
        vm.save();
        assertThat(new MessageRepository(db).find(shown.id()).orElseThrow().topic()).isEqualTo("Дороги");
    }

    @Test
    void aDraftAnotherUserKeptMeanwhileIsNotWrittenOverAndTheClerksTextIsShown() {
        // As on the FX thread: a task's answer comes after the user's action that started it has finished.
        InTurn inTurn = new InTurn();
        vm = new MessagesViewModel(ru.officialpages.desk.TestDesks.over(db), inTurn, clock);
        vm.load();
        vm.network.set(vm.networkList().get(0));
        vm.text.set("Когда починят дорогу?");
        vm.detectedDate.set(LocalDate.of(2026, 11, 20));
        vm.detectedTime.set("17:30");
        vm.save();
        long id = vm.currentProperty().get().id();
        // Another specialist opened the same message and kept their draft meanwhile.
        try (Database other = Database.open(dir.resolve("official-pages.db"))) {
            MessageRepository theirs = new MessageRepository(other);
            theirs.saveDraft(id, "Дорогу починят в мае.", theirs.version(id));
        }
        // The clerk leaves the card with a draft typed on what they opened: the view keeps it for the message
        // as the card changes (MessagesView).
        String[] typed = {"Дорогу починят летом."};
        vm.currentProperty().addListener((o, was, now) -> {
            if (was != null && (now == null || now.id() != was.id()) && !typed[0].isEmpty()) {
                vm.keepDraft(was.id(), typed[0]);
            }
        });
        inTurn.act(vm::newMessage);
        assertThat(new MessageRepository(db).find(id).orElseThrow().draft()).isEqualTo("Дорогу починят в мае.");
        assertThat(vm.currentProperty().get().id()).isEqualTo(id);
        assertThat(vm.currentProperty().get().draft()).isEqualTo("Дорогу починят в мае.");
        assertThat(vm.stepErrorProperty().get()).startsWith("Черновик ответа не сохранён").contains("«Дорогу починят летом.»");
        // Shown again, the clerk's next draft is made on the current version and is kept.
        inTurn.act(vm::newMessage);
        assertThat(new MessageRepository(db).find(id).orElseThrow().draft()).isEqualTo("Дорогу починят летом.");
    }

    @Test
    void theCountdownFollowsTheClockAndTheCalendar() {
        vm.network.set(vm.networkList().get(0));
        vm.text.set("Когда починят фонарь?");
        vm.detectedDate.set(LocalDate.of(2026, 11, 20));
        vm.detectedTime.set("17:30");
        vm.save();
        assertThat(vm.deadlineTextProperty().get()).isEqualTo("Ответ до 23.11.2026 11:30");
        assertThat(vm.countdownTextProperty().get()).isEqualTo("осталось 1 ч 30 мин рабочего времени");
        assertThat(vm.countdownUrgencyProperty().get()).isEqualTo(MessagesViewModel.Urgency.CALM);

        clock.set(LocalDateTime.of(2026, 11, 23, 10, 40));
        vm.refresh();
        assertThat(vm.countdownTextProperty().get()).isEqualTo("осталось 50 мин рабочего времени");
        assertThat(vm.countdownUrgencyProperty().get()).isEqualTo(MessagesViewModel.Urgency.URGENT);

        // Lunch does not count: at 14:30 the message is overdue by 2 working hours (11:30–13:00, 14:00–14:30).
        clock.set(LocalDateTime.of(2026, 11, 23, 14, 30));
        vm.refresh();
        assertThat(vm.countdownTextProperty().get()).isEqualTo("просрочено на 2 ч");
        assertThat(vm.countdownUrgencyProperty().get()).isEqualTo(MessagesViewModel.Urgency.OVERDUE);

        // Monday corrected to a day off in the calendar: the screen, opened again, counts the deadline anew.
        new CalendarRepository(db, BuiltInCalendars.load()).setDay(LocalDate.of(2026, 11, 23), ru.officialpages.rules.DayType.NON_WORKING);
        vm.load();
        Message m = new MessageRepository(db).slice(MessageFilter.all(), 0, 1).get(0);
        assertThat(m.dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 11, 30));
        assertThat(vm.deadlineTextProperty().get()).isEqualTo("Ответ до 24.11.2026 11:30");
    }

    @Test
    void refusesAMessageWithoutTextOrNetworkAndAStepBeforeDetection() {
        vm.save();
        assertThat(vm.networkErrorProperty().get()).isEqualTo("Выберите соцсеть или страницу.");
        assertThat(vm.textErrorProperty().get()).isEqualTo("Введите текст сообщения.");
        vm.detectedTime.set("25:99");
        vm.save();
        assertThat(vm.detectedErrorProperty().get()).startsWith("Укажите дату и время выявления");
        assertThat(new MessageRepository(db).count(MessageFilter.all())).isZero();

        vm.network.set(vm.networkList().get(0));
        vm.text.set("Вопрос");
        vm.detectedTime.set("09:15");
        vm.save();
        vm.stepDate.set(LocalDate.of(2026, 11, 23));
        vm.stepTime.set("09:00");
        vm.send();
        assertThat(vm.stepErrorProperty().get()).isEqualTo("Шаг не может быть раньше выявления сообщения (23.11.2026 09:15).");
        vm.stepTime.set("09:20");
        vm.send();
        assertThat(vm.stageTextProperty().get()).isEqualTo("Передано исполнителю");
    }

    /** A clock the test moves by hand. */
    /** Runs each task once the one before it (or the user's action) has finished, in the order they came. */
    private static final class InTurn implements ru.officialpages.ui.common.TaskExecutor {
        private final DirectTaskExecutor direct = new DirectTaskExecutor(TestDialogs.failing());
        private final java.util.ArrayDeque<Runnable> waiting = new java.util.ArrayDeque<>();
        private boolean busy;

        @Override
        public <V> void execute(ru.officialpages.ui.common.BackgroundTask<V> task) {
            act(() -> direct.execute(task));
        }

        void act(Runnable r) {
            waiting.add(r);
            if (busy) {
                return;
            }
            busy = true;
            try {
                while (!waiting.isEmpty()) {
                    waiting.poll().run();
                }
            } finally {
                busy = false;
            }
        }

        @Override
        public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
            return direct.busyProperty();
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(LocalDateTime start) {
            set(start);
        }

        void set(LocalDateTime t) {
            now = t.atZone(ZoneId.systemDefault()).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
