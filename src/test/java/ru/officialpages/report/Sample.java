package ru.officialpages.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A row with one field of every column type, and a sheet that shows them all. */
record Sample(String name, String comment, Integer posts, BigDecimal share, LocalDate created,
        LocalDateTime at, Boolean active, String url) {

    static final String TITLE = "Реестр официальных страниц — Берёзовское сельское поселение, III квартал 2026";
    static final String INJECTION = "=HYPERLINK(\"http://evil\",\"x\")";
    /** Row index (0-based) of the header in {@link #sheet}: title, one subtitle, a blank line. */
    static final int HEADER_ROW = 3;

    static List<Sample> rows() {
        return List.of(
                new Sample("Администрация Берёзовского сельского поселения", "Первая строка\nвторая строка", 12,
                        new BigDecimal("1.50"), LocalDate.of(2026, 1, 15), LocalDateTime.of(2026, 3, 2, 17, 30), true,
                        "https://vk.com/berezovka"),
                new Sample(INJECTION, "+cmd|' /C calc'!A0", 3, new BigDecimal("2.25"), LocalDate.of(2025, 12, 31),
                        LocalDateTime.of(2025, 12, 31, 23, 59), false, "javascript:alert(1)"),
                new Sample("@SUM(1+1)", "-2+3", null, null, null, null, null, "https://администрация.рф/о-нас"),
                new Sample("Дом культуры", "к".repeat(40_000), 0, new BigDecimal("0.25"), LocalDate.of(2026, 9, 30),
                        LocalDateTime.of(2026, 9, 30, 9, 0), true, null));
    }

    static SheetSpec<Sample> sheet(String name, List<Sample> rows) {
        return SheetSpec.of(name, rows.stream())
                .title(TITLE)
                .subtitle("по состоянию на 30.09.2026")
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.text("Организация", 40, Sample::name))
                .column(Column.wrappedText("Комментарий", 30, Sample::comment))
                .column(Column.integer("Публикаций", 12, Sample::posts))
                .column(Column.decimal("Доля", 10, Sample::share))
                .column(Column.date("Дата создания", 12, Sample::created))
                .column(Column.dateTime("Изменено", 16, Sample::at))
                .column(Column.yesNo("Действует", 10, Sample::active))
                .column(Column.hyperlink("Адрес страницы", 35, Sample::url))
                .totals()
                .footer("Подготовил: ведущий специалист Петрова А. В.")
                .footer("Глава: ________ / Иванов С. П.");
    }
}
