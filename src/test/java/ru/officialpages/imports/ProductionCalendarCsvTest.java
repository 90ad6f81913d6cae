package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.officialpages.rules.CalendarSource;
import ru.officialpages.rules.CalendarYear;
import ru.officialpages.rules.DayType;

class ProductionCalendarCsvTest {
    private static final String HEADER = "\"Год/Месяц\",\"Январь\",\"Февраль\",\"Март\",\"Апрель\",\"Май\",\"Июнь\","
            + "\"Июль\",\"Август\",\"Сентябрь\",\"Октябрь\",\"Ноябрь\",\"Декабрь\",\"Всего рабочих дней\","
            + "\"Всего праздничных и выходных дней\",\"Количество рабочих часов при 40-часовой рабочей неделе\"";
    // 2026 as published (decree No. 1466 of 24.09.2025).
    private static final String ROW_2026 = "\"2026\",\"1,2,3,4,5,6,7,8,9+,10,11,17,18,24,25,31\","
            + "\"1,7,8,14,15,21,22,23,28\",\"1,7,8,9+,14,15,21,22,28,29\",\"4,5,11,12,18,19,25,26,30*\","
            + "\"1,2,3,8*,9,10,11+,16,17,23,24,30,31\",\"6,7,11*,12,13,14,20,21,27,28\","
            + "\"4,5,11,12,18,19,25,26\",\"1,2,8,9,15,16,22,23,29,30\",\"5,6,12,13,19,20,26,27\","
            + "\"3,4,10,11,17,18,24,25,31\",\"1,3*,4,7,8,14,15,21,22,28,29\",\"5,6,12,13,19,20,26,27,31+\","
            + "\"247\",\"118\",\"1972\"";

    @Test
    void readsAYear() throws Exception {
        List<CalendarYear> years = ProductionCalendarCsv.parse(HEADER + "\n" + ROW_2026 + "\n", CalendarSource.IMPORTED);

        assertThat(years).hasSize(1);
        CalendarYear y = years.get(0);
        assertThat(y.year()).isEqualTo(2026);
        assertThat(y.source()).isEqualTo(CalendarSource.IMPORTED);
        assertThat(y.workingDays()).isEqualTo(247);
        assertThat(y.dayType(LocalDate.of(2026, 1, 9))).isEqualTo(DayType.NON_WORKING);
        assertThat(y.dayType(LocalDate.of(2026, 4, 30))).isEqualTo(DayType.SHORTENED);
        assertThat(y.dayType(LocalDate.of(2026, 1, 12))).isEqualTo(DayType.WORKING);
    }

    @Test
    void anUnlistedWeekendDayIsAWorkingDay() throws Exception {
        // 2024: Saturdays 27 April and 28 December are not listed, 2 November is listed as shortened.
        CalendarYear y = BuiltInCalendars.load(2024);

        assertThat(y.dayType(LocalDate.of(2024, 4, 27))).isEqualTo(DayType.WORKING);
        assertThat(y.dayType(LocalDate.of(2024, 12, 28))).isEqualTo(DayType.WORKING);
        assertThat(y.dayType(LocalDate.of(2024, 11, 2))).isEqualTo(DayType.SHORTENED);
    }

    @Test
    void isLenientAboutBomBlankLinesTrailingColumnsAndUnquotedCells() throws Exception {
        String unquotedTotals = ROW_2026.replace(",\"247\",\"118\",\"1972\"", ",247,118,1972,,\"лишнее\"");
        String text = "\uFEFF\n" + HEADER + ",\"ещё столбец\"\r\n\r\n" + unquotedTotals + "\r\n\n";

        List<CalendarYear> years = ProductionCalendarCsv.parse(new StringReader(text), CalendarSource.BUILT_IN);

        assertThat(years).extracting(CalendarYear::year).containsExactly(2026);
        assertThat(years.get(0).source()).isEqualTo(CalendarSource.BUILT_IN);
    }

    @Test
    void readsSeveralYears() throws Exception {
        String row2025 = BuiltInCalendarsTestData.row(2025);
        List<CalendarYear> years = ProductionCalendarCsv.parse(HEADER + "\n" + row2025 + "\n" + ROW_2026,
                CalendarSource.IMPORTED);

        assertThat(years).extracting(CalendarYear::year).containsExactly(2025, 2026);
    }

    @Test
    void aDayMissingFromTheMonthIsRejectedWithItsLine() {
        String bad = ROW_2026.replace("\"1,2,3,4,5,6,7,8,9+,10,11,17,18,24,25,31\"", "\"1,2,3,32\"");

        assertThatThrownBy(() -> ProductionCalendarCsv.parse(HEADER + "\n\n" + bad, CalendarSource.IMPORTED))
                .isInstanceOfSatisfying(CalendarImportException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("Строка 3: «32» — в январе нет такого дня");
                });
        String feb30 = ROW_2026.replace("\"1,7,8,14,15,21,22,23,28\"", "\"1,7,8,14,15,21,22,23,28,30\"");
        assertThatThrownBy(() -> ProductionCalendarCsv.parse(HEADER + "\n" + feb30, CalendarSource.IMPORTED))
                .hasMessage("Строка 2: «30» — в феврале нет такого дня");
    }

    @Test
    void aWrongNumberOfMonthsIsRejected() {
        String elevenMonths = "\"2026\",\"1,2\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\"";

        assertThatThrownBy(() -> ProductionCalendarCsv.parse(HEADER + "\n" + ROW_2026 + "\n" + elevenMonths,
                CalendarSource.IMPORTED))
                .isInstanceOfSatisfying(CalendarImportException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("Строка 3: нужно 12 столбцов месяцев, а найдено 11");
                });
        assertThatThrownBy(() -> ProductionCalendarCsv.parse("\"Год/Месяц\",\"Январь\"\n" + ROW_2026,
                CalendarSource.IMPORTED)).hasMessage("Строка 1: нужно 12 столбцов месяцев, а найдено 1");
    }

    @Test
    void garbageIsRejected() {
        assertThatThrownBy(() -> ProductionCalendarCsv.parse(HEADER + "\n" + ROW_2026.replace("30*", "тридцать"),
                CalendarSource.IMPORTED))
                .hasMessage("Строка 2: «тридцать» в апреле — не число дня (ожидается, например, 23, 23* или 9+)");
        assertThatThrownBy(() -> ProductionCalendarCsv.parse("Это не календарь, а письмо\nс приветом",
                CalendarSource.IMPORTED)).isInstanceOf(CalendarImportException.class);
        assertThatThrownBy(() -> ProductionCalendarCsv.parse(HEADER + "\n" + ROW_2026.replace("\"2026\"", "\"год\""),
                CalendarSource.IMPORTED)).hasMessage("Строка 2: «год» — не год");
        assertThatThrownBy(() -> ProductionCalendarCsv.parse(ROW_2026, CalendarSource.IMPORTED))
                .hasMessageStartingWith("Строка 1: нет строки заголовка");
        assertThatThrownBy(() -> ProductionCalendarCsv.parse(HEADER + "\n\"2026\",\"1,2", CalendarSource.IMPORTED))
                .hasMessage("Строка 2: не закрыты кавычки");
        assertThatThrownBy(() -> ProductionCalendarCsv.parse(HEADER + "\n" + ROW_2026.replace("\"1,7,8,14,", "\"1,7,7,8,14,"),
                CalendarSource.IMPORTED)).hasMessage("Строка 2: день 7 в феврале указан дважды");
    }

    @Test
    void aTotalThatContradictsTheDaysIsRejected() {
        assertThatThrownBy(() -> ProductionCalendarCsv.parse(HEADER + "\n" + ROW_2026.replace("\"247\"", "\"248\""),
                CalendarSource.IMPORTED))
                .hasMessage("Строка 2: указано рабочих дней: 248, а по перечисленным дням выходит 247");
    }

    @Test
    void aRepeatedYearIsRejected() {
        assertThatThrownBy(() -> ProductionCalendarCsv.parse(HEADER + "\n" + ROW_2026 + "\n" + ROW_2026,
                CalendarSource.IMPORTED)).hasMessage("Строка 3: 2026 год уже был в строке 2");
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsRejected() {
        assertThatThrownBy(() -> ProductionCalendarCsv.parse("", CalendarSource.IMPORTED))
                .isInstanceOfSatisfying(CalendarImportException.class, e -> {
                    assertThat(e.lineNumber()).isZero();
                    assertThat(e.getMessage()).isEqualTo("файл пуст");
                });
        assertThatThrownBy(() -> ProductionCalendarCsv.parse(" \n\n", CalendarSource.IMPORTED)).hasMessage("файл пуст");
        assertThatThrownBy(() -> ProductionCalendarCsv.parse(HEADER + "\n", CalendarSource.IMPORTED))
                .hasMessage("в файле нет ни одной строки с годом");
    }
}
