package ru.officialpages.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ru.officialpages.domain.CheckState;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.RoundCheck;
import ru.officialpages.domain.ChecklistItem;
import ru.officialpages.domain.ChecklistMark;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.Settings;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.NoAnswerGround;
import ru.officialpages.domain.ReturnReason;
import ru.officialpages.domain.StepKind;
import ru.officialpages.rules.MessageDeadlines;
import ru.officialpages.rules.OfficeHours;
import ru.officialpages.rules.OrganizationCheck;
import ru.officialpages.rules.ProductionCalendar;
import ru.officialpages.rules.WorkingTime;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;

/**
 * A made-up settlement to look around in: its administration, head, culture house and library,
 * their pages in VK, OK and Telegram and a few weeks of posts. It goes through the same checks
 * and repositories as what the user types, so it can never hold what the user could not.
 * Deterministic for a given day: the same data every time.
 */
public final class DemoData {
    private static final int WEEKS_OF_POSTS = 6;
    private static final String[] TOPICS = {
        "Благоустройство сквера у Дома культуры", "Приём граждан главой поселения", "График вывоза мусора",
        "Ремонт дороги по ул. Школьной", "Отключение электроэнергии", "Субботник в парке",
        "Новые книги в библиотеке", "Концерт ко Дню матери", "Профилактика пожаров в частном секторе",
        "Запись в кружки Дома культуры", "Итоги сессии Совета депутатов", "Вакцинация домашних животных",
        "Прямая линия с главой", "Конкурс детского рисунка", "Расписание автобуса до райцентра",
    };

    private final SettingsRepository settings;
    private final OrganizationRepository organizations;
    private final PageRepository pages;
    private final PostRepository posts;
    private final PlanRepository plan;
    private final ru.officialpages.storage.ModerationRepository moderation;
    private final ru.officialpages.storage.MessageRepository messages;

    public DemoData(SettingsRepository settings, OrganizationRepository organizations, PageRepository pages,
            PostRepository posts, PlanRepository plan, ru.officialpages.storage.ModerationRepository moderation,
            ru.officialpages.storage.MessageRepository messages) {
        this.moderation = moderation;
        this.messages = messages;
        this.settings = settings;
        this.organizations = organizations;
        this.pages = pages;
        this.posts = posts;
        this.plan = plan;
    }

    /** Demo data goes only into a folder with no organizations, so it never mixes with real work. */
    public boolean canLoad() {
        return organizations.all().isEmpty();
    }

    public Summary load(LocalDate today) {
        if (!canLoad()) {
            throw new IllegalStateException("demo data goes only into an empty database");
        }
        Settings current = settings.load();
        if (!current.setupDone()) {
            NormPreset preset = NormPreset.ISHTAN;
            settings.save(new Settings("Берёзовское сельское поселение", "Иванов Сергей Петрович",
                    "Глава Берёзовского сельского поселения", "Смирнова Анна Викторовна",
                    "Специалист по связям с общественностью", preset, preset.norms(),
                    preset.coordinatorNoticeDays(), false, true));
        }
        Organization admin = add(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация Берёзовского сельского поселения", "636000, Томская обл., с. Берёзовка, ул. Советская, 1",
                "admin@berezovka-sp.ru", "8 (38241) 2-11-45", "https://berezovka-sp.ru", false, "", false));
        Organization head = add(new Organization(0, OrganizationKind.HEAD,
                "Глава Берёзовского сельского поселения", "636000, Томская обл., с. Берёзовка, ул. Советская, 1",
                "glava@berezovka-sp.ru", "8 (38241) 2-11-40", "https://berezovka-sp.ru", false, "", false));
        Organization club = add(new Organization(0, OrganizationKind.INSTITUTION,
                "МКУК «Берёзовский сельский Дом культуры»", "636000, Томская обл., с. Берёзовка, ул. Школьная, 12",
                "dk@berezovka-sp.ru", "8 (38241) 2-13-07", "https://dk-berezovka.ru", false, "", false));
        Organization library = add(new Organization(0, OrganizationKind.INSTITUTION,
                "Берёзовская сельская библиотека", "636000, Томская обл., с. Берёзовка, ул. Школьная, 12",
                "library@berezovka-sp.ru", "8 (38241) 2-13-09", "", false, "", false));

        LocalDate opened = today.minusYears(2).withDayOfYear(20);
        List<Page> made = new ArrayList<>();
        made.add(pages.add(new Page(0, admin.id(), Network.VK, "https://vk.com/berezovka_sp", opened, null, null)));
        made.add(pages.add(new Page(0, admin.id(), Network.OK, "https://ok.ru/group/70000001234567", opened, null, null)));
        made.add(pages.add(new Page(0, admin.id(), Network.TELEGRAM, "https://t.me/berezovka_sp", opened.plusMonths(7), null, null)));
        made.add(pages.add(new Page(0, head.id(), Network.VK, "https://vk.com/glava_berezovka", opened, null, null)));
        made.add(pages.add(new Page(0, club.id(), Network.VK, "https://vk.com/dk_berezovka", opened.plusMonths(1), null, null)));
        made.add(pages.add(new Page(0, club.id(), Network.OK, "https://ok.ru/dkberezovka", opened.plusMonths(1), null, null)));
        made.add(pages.add(new Page(0, library.id(), Network.VK, "https://vk.com/library_berezovka", opened.plusMonths(2), null, null)));

        markChecklists(made);
        List<Post> log = postsFor(made, today);
        posts.addAll(log);
        int planned = planFor(made, today);
        int received = messagesFor(made, today);
        int moderated = moderationFor(made, today);
        return new Summary(4, made.size(), log.size(), planned, received, moderated);
    }

    private Organization add(Organization o) {
        Map<OrganizationCheck.Field, String> errors = OrganizationCheck.errors(o);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("demo organization fails its own checks: " + errors);
        }
        return organizations.save(o);
    }

    private static List<Post> postsFor(List<Page> made, LocalDate today) {
        Random random = new Random(today.toEpochDay());
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS_OF_POSTS - 1);
        PostFormat[] formats = PostFormat.values();
        List<Post> log = new ArrayList<>();
        int serial = 1;
        for (Page page : made) {
            for (LocalDate day = monday; !day.isAfter(today); day = day.plusDays(1)) {
                // Roughly every other working day, now and then a weekend post: some weeks meet the norm, some do not.
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                if (random.nextInt(100) >= (weekend ? 10 : 45)) {
                    continue;
                }
                LocalDateTime at = LocalDateTime.of(day, LocalTime.of(9 + random.nextInt(8), random.nextInt(4) * 15));
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                PostFormat format = formats[random.nextInt(Math.min(formats.length, 6))];
                log.add(new Post(0, page.id(), at, postUrl(page, serial++), format, topic));
            }
        }
        return log;
    }

    /**
     * Pages two years old have had their checklist done, mostly: the library still lacks the
     * Gosuslugi widget and two-factor login, the Telegram channel its geotag, so the Страницы
     * screen shows what an unfinished page looks like.
     */
    private void markChecklists(List<Page> made) {
        for (Page page : made) {
            for (ChecklistItem item : ChecklistItem.values()) {
                if (item == ChecklistItem.COORDINATOR_TOLD_DELETED) {
                    continue;
                }
                boolean library = page.id() == made.get(6).id();
                boolean telegram = page.networkCode().equals(Network.TELEGRAM);
                boolean missing = (library && (item == ChecklistItem.GOSUSLUGI_WIDGET || item == ChecklistItem.TWO_FACTOR))
                        || (telegram && item == ChecklistItem.GEOTAG);
                CheckState state = missing ? CheckState.NOT_DONE
                        : telegram && item == ChecklistItem.GOSUSLUGI_WIDGET ? CheckState.NOT_APPLICABLE : CheckState.DONE;
                if (state != CheckState.NOT_DONE) {
                    pages.saveMark(page.id(), new ChecklistMark(item, state, page.createdOn().plusDays(3), ""));
                }
            }
        }
    }

    /** This week and the next planned, one item overdue, a weekly "Неделя главы" series. */
    private int planFor(List<Page> made, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Long> admin = List.of(made.get(0).id(), made.get(1).id(), made.get(2).id());
        List<Long> head = List.of(made.get(3).id());
        List<Long> club = List.of(made.get(4).id(), made.get(5).id());
        List<Long> library = List.of(made.get(6).id());
        int count = 0;
        count += plan.saveSeries(List.of(
                item(monday, LocalTime.of(10, 0), head, "Неделя главы: итоги и планы", "", PostFormat.VIDEO, PlanStatus.PLANNED),
                item(monday.plusWeeks(1), LocalTime.of(10, 0), head, "Неделя главы: итоги и планы", "", PostFormat.VIDEO,
                        PlanStatus.PLANNED),
                item(monday.plusWeeks(2), LocalTime.of(10, 0), head, "Неделя главы: итоги и планы", "", PostFormat.VIDEO,
                        PlanStatus.IDEA))).size();
        PlanItem outage = plan.save(item(today, LocalTime.of(15, 0), admin, "Отключение электроэнергии в четверг",
                "Плановые работы", PostFormat.TEXT, PlanStatus.READY));
        // A draft in the style the orders ask to avoid, so the text check has something to show.
        plan.saveText(outage.id(), "В целях информирования населения сообщаем, что в четверг будет осуществляться "
                + "плановое отключение электроэнергии на ул. Советской с 10:00 до 14:00. Приносим извинения за "
                + "доставленные неудобства.");
        plan.save(item(today.minusDays(3), null, library, "Новые книги в библиотеке", "", PostFormat.PHOTO, PlanStatus.PLANNED));
        plan.save(item(today.plusDays(2), LocalTime.of(11, 0), club, "Концерт ко Дню матери", "День матери",
                PostFormat.PHOTO, PlanStatus.PLANNED));
        plan.save(item(today.plusDays(3), null, admin, "Профилактика пожаров в частном секторе", "", PostFormat.INFOGRAPHIC,
                PlanStatus.IDEA));
        plan.save(item(monday.plusWeeks(1).plusDays(2), null, club, "Запись в кружки Дома культуры", "",
                PostFormat.ANIMATION, PlanStatus.PLANNED));
        return count + 5;
    }

    private static PlanItem item(LocalDate day, LocalTime time, List<Long> pageIds, String topic, String occasion,
            PostFormat format, PlanStatus status) {
        return new PlanItem(0, day, time, pageIds, topic, occasion, format, "", status, null);
    }

    private static String postUrl(Page page, int serial) {
        return switch (page.networkCode()) {
            case Network.VK -> "https://vk.com/wall-" + (210000 + page.id()) + "_" + serial;
            case Network.OK -> page.address() + "/topic/" + (150000000000L + serial);
            case Network.TELEGRAM -> page.address() + "/" + serial;
            default -> page.address() + "#" + serial;
        };
    }

    /**
     * Ten citizens' messages of the last three working days in every stage of their course
     * (novokubansky-1740 app.1): answered in time and late, an interim answer awaiting the final
     * one, a high-importance one, a returned draft, one closed on a §21 ground, and one left
     * unanswered since the day before yesterday, so it is overdue whenever the demo is opened.
     * The deadlines are counted here by weekends alone; the Сообщения and Сегодня screens count
     * them again by the production calendar when they open.
     */
    private int messagesFor(List<Page> made, LocalDate today) {
        MessageDeadlines rules = new MessageDeadlines(new WorkingTime(new ProductionCalendar(List.of()), OfficeHours.defaults()));
        WorkingTime time = rules.workingTime();
        LocalDate d1 = previousWorkingDay(time, today);
        LocalDate d2 = previousWorkingDay(time, d1);
        LocalDate d3 = previousWorkingDay(time, d2);
        Page adminVk = made.get(0);
        Page adminOk = made.get(1);
        Page adminTg = made.get(2);
        Page headVk = made.get(3);
        Page clubVk = made.get(4);
        Page clubOk = made.get(5);
        Page libraryVk = made.get(6);

        Message m1 = note(rules, adminVk, "Ольга Петрова", d3.atTime(9, 10), Importance.ORDINARY, "ЖКХ", "Отдел ЖКХ",
                "Когда починят фонарь у дома 12 по ул. Школьной? Вечером совсем темно.");
        step(rules, m1, StepKind.SENT, d3.atTime(9, 25), "", "");
        step(rules, m1, StepKind.SUBMITTED, d3.atTime(10, 30), "", "Ольга, здравствуйте! Фонарь заменят в четверг.");
        step(rules, m1, StepKind.AGREED, d3.atTime(10, 45), "", "");
        step(rules, m1, StepKind.FINAL, d3.atTime(11, 0), "", "Ольга, здравствуйте! Фонарь заменят в четверг, бригада уже получила заявку.");

        Message m2 = note(rules, adminOk, "Николай Смирнов", d3.atTime(14, 20), Importance.ORDINARY, "Дороги", "Отдел ЖКХ",
                "На ул. Садовой после дождя яма на всю дорогу, машины не проезжают.");
        step(rules, m2, StepKind.SENT, d3.atTime(14, 40), "", "");
        // Answered late: due at 17:20 the same day, posted next morning.
        step(rules, m2, StepKind.FINAL, d2.atTime(11, 30), "", "Николай, спасибо! Яму засыпали щебнем, ремонт — весной.");

        Message m3 = note(rules, headVk, "Ирина Волкова", d2.atTime(9, 30), Importance.HIGH, "Водоснабжение", "МУП «Водоканал»",
                "Третий день нет воды на ул. Лесной, у нас маленькие дети!");
        step(rules, m3, StepKind.SENT, d2.atTime(9, 40), "", "");
        step(rules, m3, StepKind.INTERIM, d2.atTime(10, 40), "", "Ирина, авария найдена, бригада работает. Подвоз воды — с 14:00.");
        step(rules, m3, StepKind.FINAL, d1.atTime(15, 0), "", "Ирина, водоснабжение восстановлено. Спасибо за терпение!");

        Message m4 = note(rules, clubVk, "Анна Кузнецова", d2.atTime(16, 45), Importance.ORDINARY, "Культура", "Дом культуры",
                "Будет ли в этом году новогодний утренник для детей из многодетных семей?");
        step(rules, m4, StepKind.SENT, d2.atTime(16, 50), "", "");
        step(rules, m4, StepKind.INTERIM, d1.atTime(10, 0), "", "Анна, программа праздников утверждается, ответим до конца недели.");

        Message m5 = note(rules, libraryVk, "user_5512", d1.atTime(11, 0), Importance.ORDINARY, "", "",
                "(нецензурная брань в адрес библиотекаря)");
        step(rules, m5, StepKind.CLOSED, d1.atTime(11, 20), NoAnswerGround.OBSCENITY.name(), "");

        note(rules, adminVk, "Сергей Орлов", d2.atTime(15, 0), Importance.ORDINARY, "Благоустройство", "",
                "Почему не вывезли мусор с площадки у магазина? Уже неделю стоит.");

        Message m7 = note(rules, adminTg, "Мария Соколова", d1.atTime(9, 20), Importance.ORDINARY, "Транспорт", "Отдел ЖКХ",
                "Изменилось ли расписание автобуса до райцентра с понедельника?");
        step(rules, m7, StepKind.SENT, d1.atTime(9, 30), "", "");
        step(rules, m7, StepKind.SUBMITTED, d1.atTime(10, 15), "", "Мария, росписание не изменилось.");
        step(rules, m7, StepKind.RETURNED, d1.atTime(10, 30), ReturnReason.ERRORS.name(), "");
        step(rules, m7, StepKind.SUBMITTED, d1.atTime(10, 50), "", "Мария, расписание не изменилось, автобус ходит в 7:10 и 16:30.");
        step(rules, m7, StepKind.AGREED, d1.atTime(11, 10), "", "");
        step(rules, m7, StepKind.FINAL, d1.atTime(11, 30), "", "Мария, расписание не изменилось, автобус ходит в 7:10 и 16:30.");

        Message m8 = note(rules, adminVk, "Дмитрий Лебедев", d1.atTime(17, 40), Importance.HIGH, "Безопасность", "ЕДДС",
                "Упало дерево на провода на ул. Набережной, искрит!");
        step(rules, m8, StepKind.SENT, d1.atTime(17, 45), "", "");

        note(rules, clubOk, "Галина Морозова", d1.atTime(17, 50), Importance.ORDINARY, "Культура", "",
                "Подскажите, с какого возраста принимают в хор?");

        Message m10 = note(rules, adminOk, "Виктор Павлов", d1.atTime(16, 0), Importance.ORDINARY, "Документы", "Общий отдел",
                "Где получить справку о составе семьи и сколько её ждать?");
        step(rules, m10, StepKind.SENT, d1.atTime(16, 10), "", "");
        step(rules, m10, StepKind.SUBMITTED, d1.atTime(16, 40), "", "Виктор, справку выдают в администрации в день обращения.");
        return 10;
    }

    private Message note(MessageDeadlines rules, Page page, String author, LocalDateTime detected, Importance importance,
            String topic, String executor, String text) {
        String link = page.networkCode().equals(Network.VK)
                ? "https://vk.com/wall-" + (210000 + page.id()) + "_" + (500 + detected.getDayOfYear() * 24 + detected.getHour())
                : "";
        return messages.add(Message.recorded(page.id(), page.networkCode(), author, "", link, text, detected, importance,
                topic, executor), rules);
    }

    private void step(MessageDeadlines rules, Message m, StepKind kind, LocalDateTime at, String reason, String text) {
        messages.step(m.id(), kind, at, reason, text, rules);
    }

    private static LocalDate previousWorkingDay(WorkingTime time, LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!time.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * A dozen comments dealt with over the last weeks, two authors blacklisted, and the daily round
     * done on the recent working days but not yet today, so the Модерация screen and Сегодня have
     * something to show. Grounds follow what the comments say (minvody order §8, novoaltaysk §2.5).
     */
    private int moderationFor(List<Page> made, LocalDate today) {
        record Comment(int page, int daysAgo, String time, String author, String link, String text,
                ModerationAction action, Set<DeletionGround> grounds, String note) {
        }
        List<Comment> comments = List.of(
                new Comment(0, 1, "09:20", "Игорь Пахомов", "https://vk.com/id418230", "Продам дрова недорого, пишите в личку!",
                        ModerationAction.DELETED, Set.of(DeletionGround.ADVERTISING, DeletionGround.SPAM), ""),
                new Comment(0, 3, "16:45", "Олег Ветров", "https://vk.com/id305577",
                        "Да вы там все в администрации бездельники и воры", ModerationAction.BLACKLISTED,
                        Set.of(DeletionGround.INSULT, DeletionGround.UNVERIFIED_CLAIMS), "Третье оскорбление за месяц"),
                new Comment(3, 4, "11:05", "Светлана К.", "", "Когда отремонтируют дорогу на ул. Школьной?",
                        ModerationAction.ANSWERED, Set.of(), "Ответили: ремонт в мае"),
                new Comment(1, 6, "13:30", "Николай Семёнов", "https://ok.ru/profile/571234567890",
                        "Мой номер 8 913 555-12-34, позвоните насчёт участка", ModerationAction.DELETED,
                        Set.of(DeletionGround.PERSONAL_DATA), "Автору написали в личные сообщения"),
                new Comment(4, 8, "18:10", "Аноним", "", "Ставьте лайк и подписывайтесь на мой канал",
                        ModerationAction.DELETED, Set.of(DeletionGround.ENGAGEMENT_REQUESTS, DeletionGround.SPAM), ""),
                new Comment(0, 10, "10:15", "Пётр Лосев", "https://vk.com/id77120", "Криптовалюта, заработок от 5000 в день: bit.ly/xx",
                        ModerationAction.RESTRICTED, Set.of(DeletionGround.SPAM, DeletionGround.ADVERTISING), ""),
                new Comment(6, 11, "12:40", "Мария Ильина", "", "А в библиотеке есть интернет?",
                        ModerationAction.ANSWERED, Set.of(), ""),
                new Comment(3, 13, "20:05", "Олег Ветров", "https://vk.com/id305577", "Опять эти ваши отчёты, лучше бы работали",
                        ModerationAction.LEFT, Set.of(), "Критика без оскорблений — оставлен"),
                new Comment(2, 15, "08:55", "Гость", "", "Все приезжие тут лишние, гнать их надо",
                        ModerationAction.DELETED, Set.of(DeletionGround.INCITEMENT_OF_HATRED, DeletionGround.PROVOKING_CONFLICT), ""),
                new Comment(0, 17, "15:20", "Ирина Котова", "https://vk.com/id99002", "Голосуйте за мой рисунок в конкурсе!",
                        ModerationAction.DELETED, Set.of(DeletionGround.ENGAGEMENT_REQUESTS), ""),
                new Comment(5, 20, "17:35", "Денис", "", "Сегодня матч нашей команды, кто пойдёт?",
                        ModerationAction.DELETED, Set.of(DeletionGround.OFF_TOPIC), ""),
                new Comment(0, 24, "14:00", "Семён Гусев", "https://vk.com/id612345",
                        "Глава берёт взятки, все знают", ModerationAction.BLACKLISTED,
                        Set.of(DeletionGround.UNVERIFIED_CLAIMS, DeletionGround.DEFAMATION), ""));
        List<ModerationRecord> records = new ArrayList<>();
        for (Comment c : comments) {
            LocalDateTime at = today.minusDays(c.daysAgo()).atTime(LocalTime.parse(c.time()));
            records.add(new ModerationRecord(0, made.get(c.page()).id(), at, c.author(), c.link(), c.text(), c.grounds(),
                    c.action(), c.note(), at.plusMinutes(7)));
        }
        // Oldest first, so that the second record naming Олег Ветров finds him listed, as in real work.
        records.sort(java.util.Comparator.comparing(ModerationRecord::noticedAt));
        moderation.addAll(records);
        // The round on the last fifteen weekdays, every page, in the morning; today is still to do.
        List<RoundCheck> checks = new ArrayList<>();
        for (LocalDate day = today.minusDays(21); day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            int minute = 0;
            for (Page page : made) {
                if (page.activeOn(day)) {
                    checks.add(new RoundCheck(page.id(), day.atTime(9, 10 + minute)));
                    minute += 3;
                }
            }
        }
        moderation.checkAll(checks);
        return records.size();
    }

    public record Summary(int organizations, int pages, int posts, int planItems, int messages,
            int moderationRecords) {
    }
}
