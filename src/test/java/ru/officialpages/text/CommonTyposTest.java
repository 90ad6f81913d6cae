package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A known slip gets its right word first, in the case it was written. */
class CommonTyposTest {
    private static final CommonTypos TYPOS = CommonTypos.builtIn();

    @Test
    void mendsTheBeginningAndKeepsTheEnding() {
        assertThat(TYPOS.fix("будующем")).contains("будущем");
        assertThat(TYPOS.fix("Будующего")).contains("Будущего");
        assertThat(TYPOS.fix("УЧАВСТВОВАТЬ")).contains("УЧАСТВОВАТЬ");
        assertThat(TYPOS.fix("будущем")).isEmpty();
    }

    @Test
    void putsTheRightWordFirstOnce() {
        assertThat(TYPOS.first("будующем", List.of("будующим", "будущем", "будуем")))
                .containsExactly("будущем", "будующим", "будуем");
        assertThat(TYPOS.first("котлета", List.of("котлеты"))).containsExactly("котлеты");
    }
}
