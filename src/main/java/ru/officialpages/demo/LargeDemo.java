package ru.officialpages.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import ru.officialpages.domain.CheckState;
import ru.officialpages.domain.ChecklistItem;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.Settings;
import ru.officialpages.rules.WorkingTime;
import ru.officialpages.storage.BulkLoad;
import ru.officialpages.storage.BulkLoad.Table;
import ru.officialpages.storage.SettingsRepository;

/**
 * A district after five years of use (issue 10): 60 institutions, 200 pages, 300,000 posts,
 * 100,000 plan items, 200,000 moderation records, 50,000 messages, a blacklist of 5,000 and the
 * daily rounds. It is the benchmark fixture and {@code demo --size large}. Every table has its
 * own fixed seed, so the same size gives the same rows byte for byte on every machine; raise
 * {@link #VERSION} whenever what it writes changes, so cached fixtures are rebuilt.
 */
public final class LargeDemo {
    /** Changes whenever the generated rows change; the benchmark's cached fixture is keyed on it. */
    public static final int VERSION = 1;
    public static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    /** The last day with posts: the day before the tests' and benchmarks' fixed "today". */
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String[] NETWORKS = {Network.VK, Network.OK, Network.TELEGRAM, Network.MAX};
    private static final String[] INSTITUTIONS = {
        "МБОУ «Средняя общеобразовательная школа № %d»", "МБДОУ «Детский сад № %d»", "МКУК «Сельский Дом культуры № %d»",
        "Сельская библиотека № %d", "МБУ ДО «Детская школа искусств № %d»", "МБУ «Спортивная школа № %d»",
    };
    private static final String[] DEPARTMENTS = {
        "Управление образования", "Отдел культуры", "Отдел по делам молодёжи", "Финансовое управление",
        "Отдел ЖКХ и благоустройства", "Отдел социальной защиты", "Отдел архитектуры", "Отдел по делам ГО и ЧС",
    };
    private static final String[] TOPICS = {
        "Благоустройство сквера", "Приём граждан главой", "График вывоза мусора", "Ремонт дороги", "Отключение электроэнергии",
        "Субботник в парке", "Новые книги в библиотеке", "Концерт ко Дню матери", "Профилактика пожаров", "Запись в кружки",
        "Итоги сессии Совета депутатов", "Вакцинация животных", "Прямая линия с главой", "Конкурс детского рисунка",
        "Расписание автобуса", "Паводок: как подготовиться", "Выборы: участки и время", "Поддержка участников СВО",
        "Летний лагерь", "Отопительный сезон", "Гололёд на дорогах", "Итоги года", "День района", "Приём документов в школу",
        "Капитальный ремонт школы", "Публичные слушания по бюджету", "Вакансии центра занятости", "Госуслуги: как подать заявление",
        "Противоклещевая обработка", "Народный бюджет", "Спартакиада школьников", "Неделя главы: итоги и планы",
    };
    private static final String[] FIRST_NAMES = {
        "Анна", "Сергей", "Ольга", "Иван", "Мария", "Алексей", "Елена", "Дмитрий", "Татьяна", "Николай", "Наталья", "Андрей",
    };
    private static final String[] LAST_NAMES = {
        "Иванова", "Петров", "Смирнова", "Кузнецов", "Попова", "Васильев", "Соколова", "Михайлов", "Новикова", "Фёдоров",
    };
    private static final String[] COMMENTS = {
        "Когда починят дорогу на Садовой?", "Спасибо за концерт!", "Опять отключили свет без предупреждения",
        "Продаю дрова недорого, пишите в личку", "Подпишитесь на мой канал", "Вы все там воры", "Где график вывоза мусора?",
        "Мой телефон 8-900-123-45-67, перезвоните", "Поставьте лайк, пожалуйста", "Почему не убирают снег у школы?",
    };
    private static final String[] MESSAGES = {
        "Не горит фонарь у дома 5 по ул. Мира", "Яма на дороге у остановки", "Не вывезли мусор третью неделю",
        "Бродячие собаки у детского сада", "Нет воды с утра", "Когда откроют запись в кружок?", "Упало дерево на провода",
    };
    private static final String[] ACTIONS = {"DELETED", "ANSWERED", "LEFT", "BLACKLISTED", "RESTRICTED"};
    private static final int[] ACTION_WEIGHTS = {55, 20, 15, 5, 5};

    private final BulkLoad bulk;
    private final SettingsRepository settings;
    private final WorkingTime workingTime;

    public LargeDemo(BulkLoad bulk, SettingsRepository settings, WorkingTime workingTime) {
        this.bulk = bulk;
        this.settings = settings;
        this.workingTime = workingTime;
    }

    /** How many of each; {@link #LARGE} is the district of issue 10, smaller ones are for tests. */
    public record Size(int organizations, int pages, int posts, int planItems, int moderationRecords, int messages,
            int blacklist) {
        public static final Size LARGE = new Size(60, 200, 300_000, 100_000, 200_000, 50_000, 5_000);

        /** Every count divided, keeping at least a few organizations and a page in each network. */
        public Size dividedBy(int d) {
            int orgs = Math.max(3, organizations / d);
            return new Size(orgs, Math.max(orgs * 3, pages / d), Math.max(1, posts / d), Math.max(1, planItems / d),
                    Math.max(1, moderationRecords / d), Math.max(1, messages / d), Math.max(1, blacklist / d));
        }
    }

    /** Told after each table: which, how many rows, how long it took. */
    @FunctionalInterface
    public interface Progress {
        void tableDone(Table table, int rows, long elapsedMillis);
    }

    /** Only into a database none of whose filled tables has a row, so it never mixes with real work. */
    public boolean canLoad() {
        return bulk.isEmpty();
    }

    public Summary load(Size size, Progress progress) {
        if (!canLoad()) {
            throw new IllegalStateException("the large demonstration goes only into an empty database");
        }
        long began = System.nanoTime();
        if (!settings.load().setupDone()) {
            NormPreset preset = NormPreset.NOVOKUBANSKY;
            settings.save(new Settings("Берёзовский муниципальный район", "Иванов Сергей Петрович",
                    "Глава Берёзовского муниципального района", "Смирнова Анна Викторовна",
                    "Начальник отдела информационной политики", preset, preset.norms(), preset.coordinatorNoticeDays(),
                    false, true));
        }
        Generated g = new Generated(size);
        long[] start = {System.nanoTime()};
        // All tables in one transaction: a demo killed halfway leaves the database empty, not half-filled.
        bulk.fillAll(java.util.List.of(Table.values()), g::rows, (t, rows) -> {
            long now = System.nanoTime();
            progress.tableDone(t, rows, (now - start[0]) / 1_000_000);
            start[0] = now;
        });
        return new Summary(size, (System.nanoTime() - began) / 1_000_000);
    }

    public record Summary(Size size, long millis) {
    }

    /** The rows of every table, made from per-table seeds and the arrays earlier tables leave behind. */
    private final class Generated {
        private final Size size;
        private final long days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
        private final int[] pageOrg;
        private final String[] pageNetwork;
        private final String[] pageAddress;
        private final LocalDate[] pageCreated;
        private final int[][] planPages;
        private final boolean[] planPublished;
        private final String[] planTopic;
        private final String[] recordAction;
        private final String[][] recordGrounds;
        private final int[] recordAuthor;
        private final int[] recordPage;
        private final int[] blacklistRecord;

        Generated(Size size) {
            this.size = size;
            pageOrg = new int[size.pages()];
            pageNetwork = new String[size.pages()];
            pageAddress = new String[size.pages()];
            pageCreated = new LocalDate[size.pages()];
            planPages = new int[size.planItems()][];
            planPublished = new boolean[size.planItems()];
            planTopic = new String[size.planItems()];
            recordAction = new String[size.moderationRecords()];
            recordGrounds = new String[size.moderationRecords()][];
            recordAuthor = new int[size.moderationRecords()];
            recordPage = new int[size.moderationRecords()];
            blacklistRecord = new int[size.blacklist()];
        }

        void rows(Table t, BulkLoad.Rows out) {
            switch (t) {
                case ORGANIZATION -> organizations(out);
                case PAGE -> pages(out);
                case PAGE_ADDRESS -> addresses(out);
                case PAGE_PERSON -> people(out);
                case PAGE_CHECK -> checks(out);
                case PLAN_ITEM -> planItems(out);
                case PLAN_ITEM_PAGE -> {
                    for (int i = 0; i < planPages.length; i++) {
                        for (int p : planPages[i]) {
                            out.add(i + 1, p + 1);
                        }
                    }
                }
                case PLAN_ITEM_TEXT -> planTexts(out);
                case POST -> posts(out);
                case MODERATION_RECORD -> records(out);
                case MODERATION_GROUND -> {
                    for (int i = 0; i < recordGrounds.length; i++) {
                        for (String ground : recordGrounds[i]) {
                            out.add(i + 1, ground);
                        }
                    }
                }
                case BLACKLIST_ENTRY -> blacklist(out);
                case BLACKLIST_GROUND -> {
                    for (int i = 0; i < blacklistRecord.length; i++) {
                        String[] grounds = blacklistRecord[i] >= 0 ? recordGrounds[blacklistRecord[i]]
                                : new String[] {DeletionGround.INSULT.name()};
                        for (String ground : grounds) {
                            out.add(i + 1, ground);
                        }
                    }
                }
                case MODERATION_ROUND -> rounds(out);
                case MESSAGE -> messages(out);
                case MESSAGE_STEP -> steps(out);
            }
        }

        private void organizations(BulkLoad.Rows out) {
            for (int i = 0; i < size.organizations(); i++) {
                OrganizationKind kind;
                String name;
                if (i == 0) {
                    kind = OrganizationKind.ADMINISTRATION;
                    name = "Администрация Берёзовского муниципального района";
                } else if (i == 1) {
                    kind = OrganizationKind.HEAD;
                    name = "Глава Берёзовского муниципального района";
                } else if (i < 2 + DEPARTMENTS.length && i < size.organizations() / 6 + 2) {
                    kind = OrganizationKind.DEPARTMENT;
                    name = DEPARTMENTS[i - 2] + " администрации района";
                } else {
                    kind = OrganizationKind.INSTITUTION;
                    name = String.format(INSTITUTIONS[i % INSTITUTIONS.length], i);
                }
                out.add(i + 1, kind.name(), name, "636000, Томская обл., с. Берёзовка, ул. Советская, " + (i + 1),
                        "org" + (i + 1) + "@berezovka-mr.ru", "8 (38241) 2-" + (10 + i % 90) + "-" + (10 + i % 89),
                        i < 2 ? "https://berezovka-mr.ru" : "");
            }
        }

        /** Each organization a VK page, then OK, then Telegram, then MAX: never two live pages in one network. */
        private void pages(BulkLoad.Rows out) {
            Random r = new Random(2);
            int orgs = size.organizations();
            for (int i = 0; i < size.pages(); i++) {
                int net = Math.min(i / orgs, NETWORKS.length - 1);
                int org = i % orgs;
                pageOrg[i] = org;
                pageNetwork[i] = NETWORKS[net];
                // MAX arrived in 2025; the others were opened in the first eighteen months.
                pageCreated[i] = net == 3 ? LocalDate.of(2025, 6, 1).plusDays(r.nextInt(300))
                        : FIRST_DAY.plusDays(r.nextInt(540));
                pageAddress[i] = address(i, net, i % 4 == 0 ? 2 : 1);
                out.add(i + 1, org + 1, NETWORKS[net], pageAddress[i], pageCreated[i].toString(), null, null);
            }
        }

        private String address(int page, int net, int generation) {
            String slug = (generation == 1 ? "org" : "berezovka_org") + (pageOrg[page] + 1);
            return switch (NETWORKS[net]) {
                case Network.VK -> "https://vk.com/" + slug;
                case Network.OK -> "https://ok.ru/group/7000000" + (pageOrg[page] + 1) + (generation == 1 ? "" : "0");
                case Network.TELEGRAM -> "https://t.me/" + slug;
                default -> "https://max.ru/" + slug;
            };
        }

        /** Every fourth page renamed once (novoaltaysk-608 §3.3 keeps the old address). */
        private void addresses(BulkLoad.Rows out) {
            for (int i = 0; i < size.pages(); i++) {
                int net = indexOf(pageNetwork[i]);
                if (i % 4 == 0) {
                    LocalDate changed = pageCreated[i].plusDays(200 + i % 300);
                    out.add(i + 1, address(i, net, 1), pageCreated[i].toString(), changed.toString());
                    out.add(i + 1, pageAddress[i], changed.toString(), null);
                } else {
                    out.add(i + 1, pageAddress[i], pageCreated[i].toString(), null);
                }
            }
        }

        private void people(BulkLoad.Rows out) {
            Random r = new Random(3);
            for (int i = 0; i < size.pages(); i++) {
                int count = 1 + r.nextInt(3);
                for (int k = 0; k < count; k++) {
                    out.add(i + 1, k + 1, person(r), k == 0 ? "Специалист по связям с общественностью" : "Заместитель директора",
                            "8-900-" + (100 + r.nextInt(900)) + "-" + (10 + r.nextInt(90)) + "-" + (10 + r.nextInt(90)), "",
                            k == 0 ? 1 : 0, 1);
                }
            }
        }

        private void checks(BulkLoad.Rows out) {
            Random r = new Random(4);
            for (int i = 0; i < size.pages(); i++) {
                for (ChecklistItem item : ChecklistItem.values()) {
                    if (item == ChecklistItem.COORDINATOR_TOLD_DELETED || r.nextInt(10) == 0) {
                        continue;
                    }
                    out.add(i + 1, item.name(), CheckState.DONE.name(), pageCreated[i].plusDays(1 + r.nextInt(20)).toString());
                }
            }
        }

        /** Spread over the five years and the next five weeks; the past mostly published. */
        private void planItems(BulkLoad.Rows out) {
            Random r = new Random(5);
            long span = days + 35;
            PostFormat[] formats = PostFormat.values();
            for (int i = 0; i < size.planItems(); i++) {
                LocalDate day = FIRST_DAY.plusDays(i * span / size.planItems());
                int n = 1 + (r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0);
                int first = livePage(r, day);
                int[] pages = new int[n];
                for (int k = 0; k < n; k++) {
                    pages[k] = (first + k * 7) % size.pages();
                }
                planPages[i] = java.util.Arrays.stream(pages).distinct().toArray();
                PlanStatus status;
                if (day.isAfter(LAST_DAY)) {
                    status = r.nextInt(3) == 0 ? PlanStatus.IDEA : PlanStatus.PLANNED;
                } else {
                    int roll = r.nextInt(100);
                    status = roll < 88 ? PlanStatus.PUBLISHED : roll < 97 ? PlanStatus.CANCELLED : PlanStatus.PLANNED;
                }
                planPublished[i] = status == PlanStatus.PUBLISHED;
                planTopic[i] = TOPICS[r.nextInt(TOPICS.length)];
                String time = r.nextBoolean() ? LocalTime.of(9 + r.nextInt(8), r.nextInt(4) * 15).toString() : null;
                Integer series = planTopic[i].startsWith("Неделя главы") ? 1 + (int) (day.toEpochDay() / 365) : null;
                out.add(i + 1, day.toString(), time, planTopic[i], "", formats[r.nextInt(6)].name(), status.name(), series);
            }
        }

        private void planTexts(BulkLoad.Rows out) {
            for (int i = 0; i < planPages.length; i += 20) {
                out.add(i + 1, text(planTopic[i], i));
            }
        }

        /**
         * Posts evenly over the days; a third of them fulfil the plan item of about that day, on
         * one of its pages, the rest are posted outside the plan. Every tenth keeps its text.
         */
        private void posts(BulkLoad.Rows out) {
            Random r = new Random(6);
            PostFormat[] formats = PostFormat.values();
            long planSpan = days + 35;
            for (int i = 0; i < size.posts(); i++) {
                LocalDate day = FIRST_DAY.plusDays((long) i * days / size.posts());
                LocalDateTime at = day.atTime(8 + r.nextInt(11), r.nextInt(60));
                int item = (int) ((day.toEpochDay() - FIRST_DAY.toEpochDay()) * size.planItems() / planSpan) + r.nextInt(3);
                item = Math.min(item, size.planItems() - 1);
                Integer planItem = null;
                int page;
                String topic;
                if (r.nextInt(3) == 0 && planPublished[item]) {
                    planItem = item + 1;
                    page = planPages[item][r.nextInt(planPages[item].length)];
                    topic = planTopic[item];
                } else {
                    page = livePage(r, day);
                    topic = TOPICS[r.nextInt(TOPICS.length)];
                }
                String text = i % 10 == 0 ? text(topic, i) : "";
                out.add(i + 1, page + 1, MINUTE.format(at), postUrl(page, i + 1), formats[r.nextInt(formats.length)].name(),
                        topic, planItem, text);
            }
        }

        private void records(BulkLoad.Rows out) {
            Random r = new Random(7);
            DeletionGround[] grounds = DeletionGround.values();
            int listed = 0;
            java.util.Arrays.fill(blacklistRecord, -1);
            for (int i = 0; i < size.moderationRecords(); i++) {
                LocalDate day = FIRST_DAY.plusDays((long) i * days / size.moderationRecords());
                LocalDateTime noticed = day.atTime(7 + r.nextInt(15), r.nextInt(60));
                int page = livePage(r, day);
                String action = ACTIONS[weighted(r, ACTION_WEIGHTS)];
                recordAction[i] = action;
                if (action.equals("DELETED") || action.equals("BLACKLISTED") || action.equals("RESTRICTED")) {
                    DeletionGround a = grounds[r.nextInt(grounds.length)];
                    DeletionGround b = grounds[r.nextInt(grounds.length)];
                    recordGrounds[i] = a == b || r.nextInt(3) != 0 ? new String[] {a.name()} : new String[] {a.name(), b.name()};
                } else {
                    recordGrounds[i] = new String[0];
                }
                if (listed < blacklistRecord.length && (action.equals("BLACKLISTED") || action.equals("RESTRICTED"))) {
                    blacklistRecord[listed++] = i;
                }
                int author = r.nextInt(40_000);
                recordAuthor[i] = author;
                recordPage[i] = page;
                out.add(i + 1, page + 1, MINUTE.format(noticed), authorName(author), "https://vk.com/id" + (500_000 + author),
                        COMMENTS[r.nextInt(COMMENTS.length)], action, MINUTE.format(noticed.plusMinutes(2 + r.nextInt(30))));
            }
        }

        /**
         * Listed from the records that blacklisted or restricted; when a small load has too few of
         * them the rest are listed by hand, without a record.
         */
        private void blacklist(BulkLoad.Rows out) {
            Random r = new Random(8);
            for (int i = 0; i < blacklistRecord.length; i++) {
                int rec = blacklistRecord[i];
                LocalDate since = rec >= 0 ? FIRST_DAY.plusDays((long) rec * days / size.moderationRecords())
                        : FIRST_DAY.plusDays(r.nextInt((int) days));
                int author = rec >= 0 ? recordAuthor[rec] : 40_000 + i;
                String link = "https://vk.com/id" + (500_000 + author);
                String restriction = rec >= 0 && recordAction[rec].equals("RESTRICTED") ? "RESTRICTED" : "BLACKLISTED";
                String until = r.nextInt(10) == 0 ? since.plusDays(30 + r.nextInt(300)).toString() : null;
                out.add(i + 1, (rec >= 0 ? recordPage[rec] : livePage(r, since)) + 1, authorName(author), link, link, restriction, since.toString(), until,
                        rec >= 0 ? rec + 1 : null);
            }
        }

        /** Every working day each live page was checked, except one day in forty. */
        private void rounds(BulkLoad.Rows out) {
            Random r = new Random(9);
            for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                if (!workingTime.isWorkingDay(day)) {
                    continue;
                }
                for (int p = 0; p < size.pages(); p++) {
                    if (!pageCreated[p].isAfter(day) && r.nextInt(40) != 0) {
                        out.add(p + 1, day.toString(), MINUTE.format(day.atTime(9, r.nextInt(60))));
                    }
                }
            }
        }

        /**
         * Messages with their course: the answer due 3 working hours after detection, 2 for high
         * importance (novokubansky-1740 app.1 §9, §17); the final answer 5 working days after an
         * interim one (§18). Older ones are answered; the last weeks hold open ones.
         */
        private void messages(BulkLoad.Rows out) {
            Random r = new Random(10);
            for (int i = 0; i < size.messages(); i++) {
                MessageCourse m = course(i, r);
                out.add(i + 1, m.page + 1, pageNetwork[m.page], authorName(m.author), "https://vk.com/id" + (700_000 + m.author),
                        postUrl(m.page, 1_000_000 + i), MESSAGES[m.text], MINUTE.format(m.detected), m.high ? "HIGH" : "ORDINARY",
                        TOPICS[m.text * 3 % TOPICS.length], m.executor, m.stage, fmt(m.sent), fmt(m.interim), fmt(m.fin),
                        fmt(m.closed), MINUTE.format(m.answerDue), fmt(m.finalDue), fmt(m.due),
                        m.interim != null ? "Ваше обращение принято, ответ будет дан в течение пяти рабочих дней." : "",
                        m.fin != null ? "Работы выполнены, спасибо за обращение." : "");
            }
        }

        private void steps(BulkLoad.Rows out) {
            Random r = new Random(10);
            for (int i = 0; i < size.messages(); i++) {
                MessageCourse m = course(i, r);
                if (m.sent != null) {
                    out.add(i + 1, "SENT", MINUTE.format(m.sent), "");
                }
                if (m.interim != null) {
                    out.add(i + 1, "INTERIM", MINUTE.format(m.interim), "");
                }
                if (m.fin != null) {
                    out.add(i + 1, "SUBMITTED", MINUTE.format(m.fin.minusMinutes(90)), "");
                    out.add(i + 1, "AGREED", MINUTE.format(m.fin.minusMinutes(20)), "");
                    out.add(i + 1, "FINAL", MINUTE.format(m.fin), "");
                }
                if (m.closed != null) {
                    out.add(i + 1, "CLOSED", MINUTE.format(m.closed), "");
                }
            }
        }

        /** The same draws for the message and its steps: both tables replay it from the same seed. */
        private MessageCourse course(int i, Random r) {
            MessageCourse m = new MessageCourse();
            LocalDate day = FIRST_DAY.plusDays((long) i * days / size.messages());
            m.detected = day.atTime(7 + r.nextInt(15), r.nextInt(60));
            m.page = livePage(r, day);
            m.author = r.nextInt(30_000);
            m.text = r.nextInt(MESSAGES.length);
            m.high = r.nextInt(10) == 0;
            m.executor = DEPARTMENTS[r.nextInt(DEPARTMENTS.length)];
            m.answerDue = workingTime.addWorkingHours(m.detected, Duration.ofHours(m.high ? 2 : 3));
            int roll = r.nextInt(100);
            long age = ChronoUnit.DAYS.between(day, LAST_DAY);
            m.sent = m.detected.plusMinutes(5 + r.nextInt(40));
            if (age < 3 && roll < 40) {
                m.stage = roll < 20 ? "NEW" : "SENT";
                m.sent = roll < 20 ? null : m.sent;
                m.due = m.answerDue;
            } else if (roll < 8) {
                m.stage = "CLOSED";
                m.closed = m.sent.plusMinutes(30);
            } else {
                m.interim = m.sent.plusMinutes(60 + r.nextInt(90));
                m.finalDue = workingTime.addWorkingDays(m.interim.toLocalDate(), 5).atTime(m.interim.toLocalTime());
                if (age < 8 && roll < 60) {
                    m.stage = "INTERIM";
                    m.due = m.finalDue;
                } else {
                    m.stage = "FINAL";
                    m.fin = m.interim.plusDays(1 + r.nextInt(5));
                }
            }
            return m;
        }

        private int livePage(Random r, LocalDate day) {
            for (int attempt = 0; attempt < 8; attempt++) {
                int p = r.nextInt(size.pages());
                if (!pageCreated[p].isAfter(day)) {
                    return p;
                }
            }
            return 0;
        }

        private String postUrl(int page, int serial) {
            return switch (pageNetwork[page]) {
                case Network.VK -> "https://vk.com/wall-" + (210_000 + page) + "_" + serial;
                case Network.OK -> pageAddress[page] + "/topic/" + (150_000_000_000L + serial);
                case Network.TELEGRAM -> pageAddress[page] + "/" + serial;
                default -> pageAddress[page] + "/" + serial;
            };
        }
    }

    private static final class MessageCourse {
        LocalDateTime detected;
        int page;
        int author;
        int text;
        boolean high;
        String executor;
        String stage;
        LocalDateTime sent;
        LocalDateTime interim;
        LocalDateTime fin;
        LocalDateTime closed;
        LocalDateTime answerDue;
        LocalDateTime finalDue;
        LocalDateTime due;
    }

    private static String fmt(LocalDateTime t) {
        return t == null ? null : MINUTE.format(t);
    }

    private static int indexOf(String network) {
        for (int i = 0; i < NETWORKS.length; i++) {
            if (NETWORKS[i].equals(network)) {
                return i;
            }
        }
        return 0;
    }

    private static int weighted(Random r, int[] weights) {
        int roll = r.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String person(Random r) {
        return LAST_NAMES[r.nextInt(LAST_NAMES.length)] + " " + FIRST_NAMES[r.nextInt(FIRST_NAMES.length)];
    }

    private static String authorName(int author) {
        return FIRST_NAMES[author % FIRST_NAMES.length] + " " + LAST_NAMES[author / FIRST_NAMES.length % LAST_NAMES.length];
    }

    private static String text(String topic, int serial) {
        return topic + ". Уважаемые жители! Сообщаем подробности: место, время и контакты для справок — в администрации района, "
                + "телефон 8 (38241) 2-11-45. Публикация № " + serial + ".";
    }
}
