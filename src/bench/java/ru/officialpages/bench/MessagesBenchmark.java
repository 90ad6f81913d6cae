package ru.officialpages.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageFilter;
import ru.officialpages.domain.MessageScope;
import ru.officialpages.domain.Network;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.rules.DayType;
import ru.officialpages.rules.MessageDeadlines;
import ru.officialpages.rules.WorkingTime;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;

/**
 * The Сообщения screen on 50,000 messages (issue 6): what it asks the database when it opens
 * (the open messages' deadlines counted again, then a count and the first block of 200 rows, due
 * first), when a filter changes and when the table scrolls. The reference is the bare
 * {@code SELECT COUNT(*)} of the same table.
 */
public final class MessagesBenchmark {
    static final int MESSAGES = 50_000;
    /** One in ten still waiting for an answer: several years of a busy district, with a backlog. */
    static final int OPEN_EVERY = 10;
    static final int ROUNDS = 7;

    private MessagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("messages-bench");
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            MessageRepository messages = new MessageRepository(db);
            CalendarRepository calendar = new CalendarRepository(db, BuiltInCalendars.load());
            MessageDeadlines rules = new MessageDeadlines(calendar.workingTime());
            long fillStart = System.nanoTime();
            fill(messages, rules);
            long fillMs = (System.nanoTime() - fillStart) / 1_000_000;
            MessageDeadlines corrected = new MessageDeadlines(new WorkingTime(calendar.calendar()
                    .withOverride(LocalDate.of(2026, 11, 23), DayType.NON_WORKING), calendar.officeHours()));
            MessageFilter open = new MessageFilter(MessageScope.OPEN, null, null, "");
            MessageFilter all = MessageFilter.all();
            String[][] rows = {
                {"первое открытие экрана после запуска: сроки 5 000 открытых пересчитаны, число + первые 200 строк «ожидают ответа»", "first"},
                {"повторное открытие экрана (календарь не менялся): число + первые 200 строк", "open"},
                {"пересортировка после правки календаря: сроки 5 000 открытых пересчитаны и записаны, первые 200 строк", "resort"},
                {"все сообщения по сроку: число + первые 200 строк", "all"},
                {"прокрутка в середину: строки 25 000–25 199", "scroll"},
                {"фильтр: повышенная важность + поиск «фонарь»", "filter"},
            };
            long reference = median(() -> messages.count(new MessageFilter(MessageScope.ALL, null, null, "")));
            StringBuilder table = new StringBuilder();
            boolean[] flip = {false};
            for (String[] r : rows) {
                long ms = median(() -> switch (r[1]) {
                    case "first" -> {
                        // A new repository, as after a start: it has not counted anything yet.
                        MessageRepository fresh = new MessageRepository(db);
                        yield fresh.recomputeDeadlines(rules) + fresh.count(open) + fresh.slice(open, 0, 200).size();
                    }
                    case "open" -> messages.recomputeDeadlines(rules) + messages.count(open) + messages.slice(open, 0, 200).size();
                    case "resort" -> {
                        // Alternate the calendars so every round really moves the deadlines.
                        flip[0] = !flip[0];
                        yield messages.recomputeDeadlines(flip[0] ? corrected : rules) + messages.count(open)
                                + messages.slice(open, 0, 200).size();
                    }
                    case "all" -> messages.count(all) + messages.slice(all, 0, 200).size();
                    case "scroll" -> messages.slice(all, 25_000, 200).size();
                    default -> {
                        MessageFilter f = new MessageFilter(MessageScope.ALL, Importance.HIGH, null, "фонарь");
                        yield messages.count(f) + messages.slice(f, 0, 200).size();
                    }
                });
                table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | < 100 мс — %s |%n", r[0], ms, reference,
                        (double) ms / Math.max(1, reference), ms < 100 ? "выполнен" : "**не выполнен**"));
            }
            String text = String.format(Locale.ROOT, """
                    ## Сообщения граждан: 50 000 сообщений по сроку ответа

                    База: %d сообщений за 4 года, каждое %d-е ещё ждёт ответа (заполнение со сроками — %d мс одной
                    транзакцией). Список упорядочен базой по сроку (`due_at`, завершённые в конце) по индексу V12;
                    экран спрашивает число строк и один блок из 200 строк, остальные — по мере прокрутки. При каждом
                    открытии экрана сроки открытых сообщений пересчитываются по календарю (записываются только изменившиеся).
                    Медиана из %d замеров; эталон — голый `SELECT COUNT(*) FROM message` тем же хранилищем.
                    Пересчёт идёт в фоне, экран остаётся отзывчивым; 5 000 ещё не отвеченных сообщений — нарочно
                    тяжёлый случай (у поселения их обычно единицы), пересчёт стоит около 25 мкс на сообщение.

                    | действие | программа, мс | эталон, мс | отношение | бюджет |
                    |---|---:|---:|---:|---|
                    %s""", MESSAGES, OPEN_EVERY, fillMs, ROUNDS, table);
            new PerformanceDoc(Path.of(args.length > 0 ? args[0] : "docs/performance.md")).replaceSection("messages", text);
            System.out.print(text);
        }
    }

    private static void fill(MessageRepository messages, MessageDeadlines rules) {
        String[] texts = {"Когда починят фонарь у дома?", "Не вывезли мусор с площадки", "Яма на дороге по ул. Садовой",
            "Нет воды третий день", "Когда откроют каток?", "Где получить справку?"};
        String[] networks = {Network.VK, Network.OK, Network.TELEGRAM};
        Random random = new Random(11);
        List<Message> batch = new ArrayList<>(MESSAGES);
        LocalDateTime start = LocalDateTime.of(2022, 11, 1, 8, 0);
        LocalDateTime end = LocalDateTime.of(2026, 11, 23, 9, 0);
        long span = java.time.Duration.between(start, end).toMinutes();
        for (int i = 0; i < MESSAGES; i++) {
            boolean open = i % OPEN_EVERY == 0;
            // The open ones are the latest weeks' backlog; the answered ones spread over the years.
            LocalDateTime detected = open ? end.minusMinutes(random.nextInt(60 * 24 * 30))
                    : start.plusMinutes((long) (random.nextDouble() * span));
            Message m = Message.recorded(null, networks[random.nextInt(3)], "Автор " + i, "", "https://vk.com/wall-1_" + i,
                    texts[random.nextInt(texts.length)], detected, random.nextInt(8) == 0 ? Importance.HIGH : Importance.ORDINARY,
                    "", "");
            if (!open) {
                m = m.withAnswers(null, detected.plusHours(1 + random.nextInt(30)));
            }
            batch.add(m);
        }
        messages.addAll(batch, rules);
    }

    private static long median(Supplier<Integer> work) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 2; i++) {
            long t0 = System.nanoTime();
            work.get();
            if (i >= 2) {
                times.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        return StartupBenchmark.median(times);
    }
}
