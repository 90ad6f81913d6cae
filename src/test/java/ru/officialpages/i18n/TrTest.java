package ru.officialpages.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TrTest {

    @ParameterizedTest
    @CsvSource({
        "0, публикаций", "1, публикация", "2, публикации", "4, публикации", "5, публикаций",
        "11, публикаций", "12, публикаций", "14, публикаций", "21, публикация", "22, публикации",
        "25, публикаций", "101, публикация", "111, публикаций", "1004, публикации"
    })
    void russianPluralForms(long n, String expected) {
        assertThat(Tr.plural(n, "публикация", "публикации", "публикаций")).isEqualTo(expected);
    }

    @Test
    void fillsArguments() {
        assertThat(Tr.tr("app.title.with", "Берёзовское СП")).isEqualTo("Официальные страницы — Берёзовское СП");
    }

    @Test
    void missingKeyIsVisibleNotFatal() {
        assertThat(Tr.tr("no.such.key")).isEqualTo("!no.such.key!");
    }
}
