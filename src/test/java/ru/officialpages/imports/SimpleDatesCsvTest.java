package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.officialpages.rules.CalendarSource;
import ru.officialpages.rules.CalendarYear;
import ru.officialpages.rules.DayType;

class SimpleDatesCsvTest {

    @Test
    void readsBothDateFormatsBothSeparatorsAndAHeader() throws Exception {
        String text = "Дата;Тип\n"
                + "04.11.2027;выходной\n"
                + "\n"
                + "# перенос по постановлению\n"
                + "2027-11-06,Рабочий\n"
                + "03.11.2027 ; СОКРАЩЁННЫЙ\n"
                + "\"05.11.2027\";\"сокращенный\"\n";

        Map<LocalDate, DayType> days = SimpleDatesCsv.parse(text);

        assertThat(days).containsExactly(
                entry(LocalDate.of(2027, 11, 3), DayType.SHORTENED),
                entry(LocalDate.of(2027, 11, 4), DayType.NON_WORKING),
                entry(LocalDate.of(2027, 11, 5), DayType.SHORTENED),
                entry(LocalDate.of(2027, 11, 6), DayType.WORKING));
    }

    @Test
    void groupsDaysIntoYears() throws Exception {
        List<CalendarYear> years = SimpleDatesCsv.asYears(
                SimpleDatesCsv.parse("31.12.2027;выходной\n10.01.2028;выходной"), CalendarSource.IMPORTED);

        assertThat(years).extracting(CalendarYear::year).containsExactly(2027, 2028);
        assertThat(years.get(1).dayType(LocalDate.of(2028, 1, 10))).isEqualTo(DayType.NON_WORKING);
    }

    @Test
    void badLinesAreRejectedWithTheirNumbers() {
        assertThatThrownBy(() -> SimpleDatesCsv.parse("дата;тип\n01.05.2027;выходной\n31.02.2027;выходной"))
                .isInstanceOfSatisfying(CalendarImportException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(3);
                    assertThat(e.getMessage())
                            .isEqualTo("Строка 3: «31.02.2027» — не дата (ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)");
                });
        assertThatThrownBy(() -> SimpleDatesCsv.parse("01.05.2027;праздник"))
                .hasMessage("Строка 1: «праздник» — неизвестный тип дня (выходной, рабочий или сокращённый)");
        assertThatThrownBy(() -> SimpleDatesCsv.parse("\n\n01.05.2027"))
                .hasMessage("Строка 3: «01.05.2027» — нужны дата и тип через «;», например 04.11.2027;выходной");
        assertThatThrownBy(() -> SimpleDatesCsv.parse("01.05.2027;выходной\n2027-05-01;рабочий"))
                .hasMessage("Строка 2: дата 01.05.2027 уже указана в строке 1");
        assertThatThrownBy(() -> SimpleDatesCsv.parse("тип;дата\n01.05.2027;выходной"))
                .hasMessageStartingWith("Строка 1: «тип» — не дата");
        assertThatThrownBy(() -> SimpleDatesCsv.parse("1.5.27;выходной")).hasMessageStartingWith("Строка 1: «1.5.27»");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThatThrownBy(() -> SimpleDatesCsv.parse("")).hasMessage("в файле нет ни одной даты");
        assertThatThrownBy(() -> SimpleDatesCsv.parse("дата;тип\n")).hasMessage("в файле нет ни одной даты");
    }
}
