package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The server field of «Подключиться к районной базе» (issue 19 item 1): host[:port], 5432 unless said. */
class ServerChoiceTest {
    @Test
    void theServerFieldTakesAHostWithOrWithoutAPort() {
        assertThat(ServerChoice.of(" db.rayon.local ", " official_pages ", " berezovka "))
                .isEqualTo(new ServerChoice("db.rayon.local", 5432, "official_pages", "berezovka"));
        ServerChoice other = ServerChoice.of("10.0.0.5:5433", "official_pages", "berezovka");
        assertThat(other.port()).isEqualTo(5433);
        assertThat(other.server()).isEqualTo("10.0.0.5:5433");
        assertThat(other.display()).isEqualTo("berezovka@10.0.0.5:5433/official_pages");
        ServerChoice v6 = ServerChoice.of("[::1]:6000", "op", "rayon");
        assertThat(v6.host()).isEqualTo("::1");
        assertThat(v6.server()).isEqualTo("[::1]:6000");
        assertThat(ServerChoice.of("сервер-района", "op", "rayon").server()).isEqualTo("сервер-района");
    }

    @Test
    void eachWrongFieldIsRefusedInRussianAndNamed() {
        assertRefused("", "op", "l", SignInRefusal.Field.SERVER, "Укажите сервер");
        assertRefused("http://10.0.0.5/", "op", "l", SignInRefusal.Field.SERVER, "не адрес сервера");
        assertRefused("10.0.0.5:70000", "op", "l", SignInRefusal.Field.SERVER, "Порт «70000»");
        assertRefused("10.0.0.5:0", "op", "l", SignInRefusal.Field.SERVER, "Порт «0»");
        assertRefused("10.0.0.5", " ", "l", SignInRefusal.Field.DATABASE, "имя базы");
        assertRefused("10.0.0.5", "op", "", SignInRefusal.Field.LOGIN, "логин");
    }

    private static void assertRefused(String server, String database, String login, SignInRefusal.Field field, String text) {
        assertThatThrownBy(() -> ServerChoice.of(server, database, login)).isInstanceOfSatisfying(SignInRefusal.class, r -> {
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.getMessage()).contains(text);
        });
    }
}
