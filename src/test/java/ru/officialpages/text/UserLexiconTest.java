package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own officialese phrases: a good file adds findings, a bad one is refused with its line. */
class UserLexiconTest {
    @TempDir
    Path dir;

    private static final String TEXT = "Администрация информирует население о проведении мероприятия.";

    @Test
    void aPhraseFromTheUsersFileBecomesAFindingWithItsFix() throws Exception {
        Path file = dir.resolve("мой словарь.tsv");
        Files.writeString(file, """
                # свои фразы поселения
                информирует население	сообщает жителям; рассказывает
                проведени*		Скажите, что будет: «пройдёт субботник».
                """, StandardCharsets.UTF_8);
        TextChecker builtIn = new TextChecker(Bureaucratese.builtIn(), new Speller(PersonalDictionary.empty()));
        assertThat(builtIn.check(TEXT, CheckOptions.defaults().withoutSpelling()))
                .noneMatch(f -> f.fragment().equals("информирует население"));

        UserLexicon lexicon = UserLexicon.read(file);
        assertThat(lexicon.name()).isEqualTo("мой словарь.tsv");
        assertThat(lexicon.phrases()).isEqualTo(2);
        TextChecker withUsers = new TextChecker(lexicon.withBuiltIn(), new Speller(PersonalDictionary.empty()));
        Finding f = withUsers.check(TEXT, CheckOptions.defaults().withoutSpelling()).stream()
                .filter(x -> x.fragment().equals("информирует население")).findFirst().orElseThrow();
        assertThat(f.kind()).isEqualTo(FindingKind.BUREAUCRATESE);
        assertThat(f.suggestions()).containsExactly("сообщает жителям", "рассказывает");
        assertThat(withUsers.check(TEXT, CheckOptions.defaults().withoutSpelling()))
                .anyMatch(x -> x.fragment().equals("проведении"));
    }

    @Test
    void aBadLineIsRefusedWithItsNumber() throws Exception {
        Path file = dir.resolve("плохой.tsv");
        Files.writeString(file, "в целях\tчтобы\n\nосуществляет = делает\tлишний\tстолбец\tещё один\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UserLexicon.read(file)).isInstanceOf(LexiconException.class)
                .hasMessage("Словарь канцеляризмов «плохой.tsv», строка 3: ожидается «фраза<TAB>замены<TAB>пояснение».");
    }

    @Test
    void aFileSavedByOldNotepadInWindows1251IsReadToo() throws Exception {
        Path file = dir.resolve("старый.txt");
        Files.write(file, "доводим до сведения\tсообщаем\n".getBytes(Charset.forName("windows-1251")));
        UserLexicon lexicon = UserLexicon.read(file);
        assertThat(lexicon.withBuiltIn().find("Доводим до сведения жителей")).extracting(Finding::fragment)
                .contains("Доводим до сведения");
    }

    @Test
    void aFileWithoutPhrasesIsRefused() throws Exception {
        Path file = dir.resolve("пустой.tsv");
        Files.writeString(file, "# только комментарий\n\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UserLexicon.read(file)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("нет ни одной фразы");
    }
}
