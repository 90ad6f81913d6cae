package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTest {

    private static List<String> sentences(String text) {
        return Sentence.in(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtEndsAndLineBreaksButNotAtAbbreviationsAndInitials() {
        assertThat(sentences("Привет! Как дела? Хорошо… Спасибо.")).containsExactly("Привет!", "Как дела?", "Хорошо…", "Спасибо.");
        assertThat(sentences("В г. Новоалтайске на ул. Ленина выступил И. И. Иванов. Потом пели."))
                .containsExactly("В г. Новоалтайске на ул. Ленина выступил И. И. Иванов.", "Потом пели.");
        assertThat(sentences("Первая строка\n\n#хештег #ещё\nтретья")).containsExactly("Первая строка", "#хештег #ещё", "третья");
        assertThat(sentences("Цена 1.5 рубля. «Ура», — сказали все.")).containsExactly("Цена 1.5 рубля.", "«Ура», — сказали все.");
    }
}
