package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import ru.officialpages.rules.CalendarSource;
import ru.officialpages.rules.CalendarYear;
import ru.officialpages.rules.DayType;
import ru.officialpages.rules.TestCalendars;

/**
 * Every shipped year against the published totals: working days per year and per month, and the
 * norm of hours for a 40-hour week (8 h a day, 7 h on a shortened day, ТК РФ ст. 95). Sources:
 * the decrees named in {@link BuiltInCalendars#YEARS}, cross-checked with the xmlcalendar data
 * and, for 2026, the norm of 1972 h published with the calendar (RIA Novosti, 27.01.2026).
 */
class BuiltInCalendarsTest {

    static Stream<Arguments> published() {
        return Stream.of(
                Arguments.of(2023, 247, 1973, new int[] {17, 18, 22, 20, 20, 21, 21, 23, 21, 22, 21, 21}),
                Arguments.of(2024, 248, 1979, new int[] {17, 20, 20, 21, 20, 19, 23, 22, 21, 23, 21, 21}),
                Arguments.of(2025, 247, 1972, new int[] {17, 20, 21, 22, 18, 19, 23, 21, 22, 23, 19, 22}),
                Arguments.of(2026, 247, 1972, new int[] {15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22}));
    }

    @ParameterizedTest(name = "{0}: {1} working days, {2} hours")
    @MethodSource("published")
    void matchesThePublishedTotals(int year, int workingDays, int hours40, int[] perMonth) {
        CalendarYear y = BuiltInCalendars.load(year);

        int working = 0;
        int shortened = 0;
        int[] months = new int[12];
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            DayType type = y.dayType(d);
            if (type.isWorking()) {
                working++;
                months[d.getMonthValue() - 1]++;
            }
            if (type == DayType.SHORTENED) {
                shortened++;
            }
        }

        assertThat(y.source()).isEqualTo(CalendarSource.BUILT_IN);
        assertThat(working).isEqualTo(workingDays);
        assertThat(months).containsExactly(perMonth);
        assertThat(working * 8 - shortened).isEqualTo(hours40);
    }

    static Stream<Arguments> decreeDays() {
        return Stream.of(
                // 2023, decree No. 2406: Sun 1 Jan → Fri 24 Feb, Sun 8 Jan → Mon 8 May; Sat 4 Nov → Mon 6 Nov (ст. 112)
                Arguments.of("2023-02-24", DayType.NON_WORKING), Arguments.of("2023-05-08", DayType.NON_WORKING),
                Arguments.of("2023-11-06", DayType.NON_WORKING), Arguments.of("2023-11-03", DayType.SHORTENED),
                // 2024, decree No. 1251: Sat 27 Apr, Sat 2 Nov (shortened) and Sat 28 Dec are working
                Arguments.of("2024-04-27", DayType.WORKING), Arguments.of("2024-11-02", DayType.SHORTENED),
                Arguments.of("2024-12-28", DayType.WORKING), Arguments.of("2024-04-29", DayType.NON_WORKING),
                Arguments.of("2024-04-30", DayType.NON_WORKING), Arguments.of("2024-05-10", DayType.NON_WORKING),
                Arguments.of("2024-12-30", DayType.NON_WORKING), Arguments.of("2024-12-31", DayType.NON_WORKING),
                // 2025, decree No. 1335
                Arguments.of("2025-05-02", DayType.NON_WORKING), Arguments.of("2025-05-08", DayType.NON_WORKING),
                Arguments.of("2025-06-13", DayType.NON_WORKING), Arguments.of("2025-11-01", DayType.SHORTENED),
                Arguments.of("2025-11-03", DayType.NON_WORKING), Arguments.of("2025-12-31", DayType.NON_WORKING),
                Arguments.of("2025-02-24", DayType.WORKING),
                // 2026, decree No. 1466
                Arguments.of("2026-01-09", DayType.NON_WORKING), Arguments.of("2026-03-09", DayType.NON_WORKING),
                Arguments.of("2026-05-11", DayType.NON_WORKING), Arguments.of("2026-12-31", DayType.NON_WORKING),
                Arguments.of("2026-05-08", DayType.SHORTENED), Arguments.of("2026-11-03", DayType.SHORTENED),
                Arguments.of("2026-03-06", DayType.WORKING));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("decreeDays")
    void followsTheDecrees(String date, DayType expected) {
        LocalDate d = LocalDate.parse(date);
        assertThat(BuiltInCalendars.load(d.getYear()).dayType(d)).isEqualTo(expected);
    }

    @Test
    void shipsExactlyTheListedYears() throws IOException, URISyntaxException {
        Path folder = Path.of(BuiltInCalendars.class.getResource("/ru/officialpages/calendar/").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).containsExactlyElementsOf(
                    BuiltInCalendars.YEARS.stream().map(y -> y + ".csv").toList());
        }
        assertThat(BuiltInCalendars.load()).extracting(CalendarYear::year)
                .containsExactlyElementsOf(BuiltInCalendars.YEARS);
    }

    @Test
    void agreesDayByDayWithTheDecreesTypedInSeparately() {
        for (CalendarYear typed : TestCalendars.decreeYears()) {
            CalendarYear shipped = BuiltInCalendars.load(typed.year());
            for (LocalDate d = LocalDate.of(typed.year(), 1, 1); d.getYear() == typed.year(); d = d.plusDays(1)) {
                assertThat(shipped.dayType(d)).as(d.toString()).isEqualTo(typed.dayType(d));
            }
        }
    }
}
