package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderMapTest {
    private static final List<String> REQUIRED = List.of("Организация", "Сеть", "Адрес страницы");
    private static final List<String> OPTIONAL = List.of("Дата создания", "Ответственный");

    @Test
    void findsColumnsWhateverTheirCaseOrderSpacesAndYo() {
        HeaderMap map = HeaderMap.match(
                List.of(" АДРЕС  СТРАНИЦЫ ", "сеть", "Дата\u00A0создания", "организация", "Ответственный"),
                REQUIRED, OPTIONAL);

        assertThat(map.index("Адрес страницы")).isEqualTo(0);
        assertThat(map.index("Сеть")).isEqualTo(1);
        assertThat(map.index("Дата создания")).isEqualTo(2);
        assertThat(map.index("Организация")).isEqualTo(3);
        assertThat(map.index("Ответственный")).isEqualTo(4);
        assertThat(map.isUsable()).isTrue();
        assertThat(map.errors()).isEmpty();
        assertThat(map.warnings()).isEmpty();
    }

    @Test
    void yoAndYeAreOneLetter() {
        HeaderMap map = HeaderMap.match(List.of("Отчёт", "ОТВЕТСТВЕННЫЙ"), List.of("Отчет"), List.of("Ответственный"));

        assertThat(map.index("Отчет")).isZero();
        assertThat(map.index("Ответственный")).isEqualTo(1);
    }

    @Test
    void reportsMissingRequiredColumnsInRussian() {
        HeaderMap one = HeaderMap.match(List.of("Организация", "Сеть"), REQUIRED, OPTIONAL);
        HeaderMap many = HeaderMap.match(List.of("Организация"), REQUIRED, OPTIONAL);

        assertThat(one.missing()).containsExactly("Адрес страницы");
        assertThat(one.errors()).containsExactly("В таблице нет обязательного столбца «Адрес страницы».");
        assertThat(one.index("Адрес страницы")).isEqualTo(-1);
        assertThat(one.isUsable()).isFalse();
        assertThat(many.errors()).containsExactly("В таблице нет обязательных столбцов: «Сеть», «Адрес страницы».");
    }

    @Test
    void missingOptionalColumnIsNoProblem() {
        HeaderMap map = HeaderMap.match(List.of("Организация", "Сеть", "Адрес страницы"), REQUIRED, OPTIONAL);

        assertThat(map.isUsable()).isTrue();
        assertThat(map.index("Ответственный")).isEqualTo(-1);
    }

    @Test
    void reportsUnknownColumnsAsWarningsAndIgnoresBlankHeaders() {
        HeaderMap one = HeaderMap.match(List.of("Организация", "Сеть", "Адрес страницы", "Примечание", "", " "),
                REQUIRED, OPTIONAL);
        HeaderMap two = HeaderMap.match(List.of("Организация", "Сеть", "Адрес страницы", "Примечание", "Код"),
                REQUIRED, OPTIONAL);

        assertThat(one.unknown()).containsExactly("Примечание");
        assertThat(one.warnings()).containsExactly("Столбец «Примечание» не используется и будет пропущен.");
        assertThat(one.isUsable()).isTrue();
        assertThat(two.warnings()).containsExactly("Столбцы «Примечание», «Код» не используются и будут пропущены.");
    }

    @Test
    void aColumnGivenTwiceIsAnError() {
        HeaderMap map = HeaderMap.match(List.of("Сеть", "Организация", "сеть ", "Адрес страницы"), REQUIRED, OPTIONAL);

        assertThat(map.index("Сеть")).isZero();
        assertThat(map.duplicates()).containsEntry("Сеть", List.of(0, 2));
        assertThat(map.errors()).containsExactly(
                "Столбец «Сеть» встречается несколько раз (столбцы 1, 3). Оставьте в таблице один такой столбец.");
        assertThat(map.isUsable()).isFalse();
    }

    @Test
    void worksWithATableRow() {
        Table table = new TableReader().read("Сеть;Адрес страницы;Организация\nВК;vk.com/club1;Администрация\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HeaderMap map = HeaderMap.match(table.headers(), REQUIRED, OPTIONAL);

        Table.Row row = table.rows().get(0);
        assertThat(row.text(map.index("Организация"))).isEqualTo("Администрация");
        assertThat(row.text(map.index("Ответственный"))).isEmpty();
    }
}
