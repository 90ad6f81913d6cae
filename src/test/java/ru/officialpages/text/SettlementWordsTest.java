package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settlement's own names are not misspellings, in whatever case they are declined. */
class SettlementWordsTest {
    private static final SettlementWords WORDS = SettlementWords.of(Arrays.asList(
            "Иштанское сельское поселение", "Администрация Берёзовского сельсовета", null,
            "Кубышкина Надежда Викторовна", "МКУК «Иштанский СДК»"));

    @Test
    void acceptsTheNamesInEveryCase() {
        assertThat(List.of("Иштанского", "Иштанском", "иштанское", "ИШТАНСКИЙ", "Березовского", "Берёзовском",
                "Кубышкиной", "Кубышкину", "Надежды", "Викторовне"))
                .allSatisfy(w -> assertThat(WORDS.accepts(w)).as(w).isTrue());
    }

    @Test
    void acceptsNoOtherWord() {
        assertThat(List.of("Иштан", "Кедровского", "Кубышки", "сдк", "адм", "Новосельского"))
                .allSatisfy(w -> assertThat(WORDS.accepts(w)).as(w).isFalse());
        assertThat(SettlementWords.none().accepts("Иштанского")).isFalse();
    }
}
