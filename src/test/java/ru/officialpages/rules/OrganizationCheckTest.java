package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.rules.OrganizationCheck.Field;

class OrganizationCheckTest {

    private static Organization org(String name, String email, String phones, String website) {
        return new Organization(0, OrganizationKind.INSTITUTION, name, "", email, phones, website, false, "", false);
    }

    @Test
    void aCompleteCardHasNoErrors() {
        assertThat(OrganizationCheck.errors(org("Дом культуры", "dk@berezovka-sp.ru", "8 (38241) 2-13-07, +7 913 000-00-00",
                "https://dk-berezovka.ru"))).isEmpty();
    }

    @Test
    void onlyTheNameIsRequired() {
        assertThat(OrganizationCheck.errors(org("", "", "", ""))).containsOnlyKeys(Field.NAME);
        assertThat(OrganizationCheck.errors(org("Библиотека", "", "", ""))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "admin@", "@mail.ru", "a b@mail.ru", "admin@mail", "admin@@mail.ru"})
    void badEmails(String email) {
        assertThat(OrganizationCheck.errors(org("Администрация", email, "", "")))
                .containsOnlyKeys(Field.EMAIL)
                .containsValue("Адрес почты должен быть вида имя@домен.ru.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin@berezovka-sp.ru", "glava.sp@mail.ru", "info@иштан.рф"})
    void goodEmails(String email) {
        assertThat(OrganizationCheck.errors(org("Администрация", email, "", ""))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"звоните", "123", "8 (38241) 2-11-45, 12"})
    void badPhones(String phones) {
        assertThat(OrganizationCheck.errors(org("Администрация", "", phones, ""))).containsOnlyKeys(Field.PHONES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"сайт", "http://", "berezovka", "ftp://x.ru"})
    void badWebsites(String site) {
        assertThat(OrganizationCheck.errors(org("Администрация", "", "", site))).containsOnlyKeys(Field.WEBSITE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"berezovka-sp.ru", "https://berezovka-sp.ru/", "иштан.рф", "http://adm.tomsk.ru/sp/ishtan"})
    void goodWebsites(String site) {
        assertThat(OrganizationCheck.errors(org("Администрация", "", "", site))).isEmpty();
    }

    @Test
    void anExemptionNeedsItsBasis() {
        Organization exempt = new Organization(0, OrganizationKind.INSTITUTION, "Школа", "", "", "", "", true, "", false);
        assertThat(OrganizationCheck.errors(exempt)).containsOnlyKeys(Field.EXEMPT_BASIS);
    }
}
