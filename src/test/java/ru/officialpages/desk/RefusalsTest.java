package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.officialpages.domain.Page;
import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.DamagedDatabaseException;
import ru.officialpages.storage.NewerDatabaseException;
import ru.officialpages.storage.PageConflictException;
import ru.officialpages.storage.StorageException;
import ru.officialpages.storage.StorageException.Failure;

/** Storage names its failures; the desks say every one of them in Russian (issue 15). */
class RefusalsTest {
    /** Said as a bug, not as something the user did: no words of their own. */
    private static final Set<Failure> UNEXPECTED = EnumSet.of(Failure.REFUSED, Failure.BROKEN);

    @ParameterizedTest
    @EnumSource(Failure.class)
    void everyFailureHasItsOwnRussianWords(Failure failure) {
        String said = Refusals.russian(new StorageException(failure, Path.of("данные.db"), 99, 41));

        assertThat(said).as("a key of messages.properties").doesNotStartWith("!")
                .as("every detail filled in").doesNotContain("{").isNotBlank();
        assertThat(said.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
                || failure == Failure.DRIVER_SAID).as("Russian").isTrue();
        if (UNEXPECTED.contains(failure)) {
            assertThat(said).isEqualTo(Tr.tr("error.unexpected"));
        } else {
            assertThat(said).isNotEqualTo(Tr.tr("error.unexpected"));
        }
    }

    @Test
    void theWordsAreThoseTheUserReadBefore() {
        assertThat(Refusals.russian(new StorageException(Failure.OPEN, new RuntimeException("driver"), Path.of("x.db"))))
                .isEqualTo("Не удалось открыть базу данных «x.db».");
        assertThat(Refusals.russian(new NewerDatabaseException(Failure.NEWER, Path.of("x.db"), 99, 41)))
                .startsWith("Файл данных «x.db» создан более новой версией программы (версия структуры данных 99,"
                        + " эта программа знает только до 41).");
        assertThat(Refusals.russian(new DamagedDatabaseException(Failure.FOREIGN_DATABASE, Path.of("x.db"))))
                .startsWith("Файл данных «x.db» — база данных другой программы");
        assertThat(Refusals.russian(new StorageException(Failure.ROW_REFERENCE)))
                .isEqualTo("строка ссылается на запись, которой в файле нет (например, на страницу или организацию с другим номером)");
    }

    @Test
    void aSecondPageInANetworkNamesTheFirst() {
        Page first = new Page(7, 1, "vk", "https://vk.com/club1", LocalDate.of(2026, 1, 12), null, null);
        String said = Refusals.russian(new PageConflictException("Администрация", "ВКонтакте", first));
        assertThat(said).startsWith("У организации «Администрация» уже есть страница в сети ВКонтакте: https://vk.com/club1.");
    }

    @Test
    void aMistypedServerAddressIsSaidToTheUserButNotWrittenToTheLog() {
        StorageException e = new StorageException(Failure.SERVER_ADDRESS, "postgresql://berezovka:секрет@сервер");
        assertThat(Refusals.russian(e)).startsWith("«postgresql://berezovka:секрет@сервер» — не адрес районной базы.");
        assertThat(e.getMessage()).doesNotContain("секрет");
        assertThat(new StorageException(Failure.OPEN, Path.of("x.db")).getMessage()).contains("x.db");
    }

    @Test
    void aDeskRefusalCarriesTheWordsAndTheCause() {
        StorageException cause = new StorageException(Failure.LOGIN_TAKEN, "berezovka");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Refusals.said(() -> {
            throw cause;
        }));
        assertThat(thrown).isInstanceOf(DeskException.class).hasCause(cause)
                .hasMessage("Логин «berezovka» уже есть на сервере. Выберите другой.");
    }
}
