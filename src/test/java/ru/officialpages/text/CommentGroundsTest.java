package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.officialpages.domain.DeletionGround;

/** Suggested grounds for deleting a comment (novoaltaysk §2.5 and the other seeds' clauses). */
class CommentGroundsTest {
    private static final CommentGrounds GROUNDS = CommentGrounds.builtIn();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Заходите на https://example.com/sale                         | LINK               | https://example.com/sale
            подробности на www.shop-best.ru                             | LINK               | www.shop-best.ru
            пишите в t.me/skidki_tut                                     | LINK               | t.me/skidki_tut
            вот группа vk.com/club123                                    | LINK               | vk.com/club123
            сайт администрации новоалтайск.рф                            | LINK               | новоалтайск.рф
            Подпишитесь на мой канал                                     | ENGAGEMENT_REQUEST | Подпишитесь
            ставьте лайк под фото                                        | ENGAGEMENT_REQUEST | ставьте лайк
            Поставь пожалуйста лайк                                      | ENGAGEMENT_REQUEST | Поставь пожалуйста лайк
            репостните, очень надо                                       | ENGAGEMENT_REQUEST | репостните
            голосуйте за нашу школу                                      | ENGAGEMENT_REQUEST | голосуйте
            Проголосуй за Машу в конкурсе                                | ENGAGEMENT_REQUEST | Проголосуй
            вступайте в нашу группу                                      | ENGAGEMENT_REQUEST | вступайте
            добавьте меня в друзья                                       | ENGAGEMENT_REQUEST | добавьте меня в друзья
            Продам гараж недалеко от школы                               | ADVERTISING_PHRASE | Продам
            большие скидки только сегодня                                | ADVERTISING_PHRASE | скидки
            звоните +7 (913) 123-45-67                                   | PHONE              | +7 (913) 123-45-67
            мой номер 8 913 123 45 67                                    | PHONE              | 8 913 123 45 67
            тел. 8-913-123-45-67                                         | PHONE              | 8-913-123-45-67
            89131234567 Иван                                             | PHONE              | 89131234567
            +79131234567                                                 | PHONE              | +79131234567
            приёмная 8 (38532) 2-12-34                                   | PHONE              | 8 (38532) 2-12-34
            пишите ivan.petrov@mail.ru                                   | EMAIL              | ivan.petrov@mail.ru
            почта: глава@администрация.рф                                | EMAIL              | глава@администрация.рф
            паспорт серия 12 34 номер 567890                             | PASSPORT           | серия 12 34 номер 567890
            паспорт 1234 567890 выдан                                    | PASSPORT           | 1234 567890
            паспорт 1234 № 567890                                        | PASSPORT           | 1234 № 567890
            СНИЛС 123-456-789 01                                         | SNILS              | 123-456-789 01
            """)
    void findsTheSign(String text, HintKind kind, String fragment) {
        List<CommentHint> hints = GROUNDS.hints(text);
        assertThat(hints).as(text).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(kind);
            assertThat(h.fragment()).isEqualTo(fragment);
            assertThat(text.substring(h.start(), h.end())).isEqualTo(fragment);
            assertThat(h.message()).contains(fragment).doesNotStartWith("!");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Собрание перенесли на 12.03.2026
            Собрание 12.03.2026 в 10:00
            Выделено 1 500 рублей на ремонт
            Выделено 1 500 000 рублей
            Выделено 1234 567890 рублей
            Сумма 1500000 руб.
            Адрес: д. 12, кв. 34
            ул. Мира, д. 8, кв. 12
            В 2025 и 2026 годах
            с 2020 по 2026 год
            8 марта поздравляем всех женщин
            8 класс школы № 5
            т.е. работы идут, и т.д.
            г.Новоалтайск, ул.Октябрьская
            Я подписал договор вчера
            Голосование прошло 14 сентября
            Спасибо за лайки и репосты нашей новости
            Продавец в магазине был вежлив
            Ребята, спасибо за уборку!
            Население 12345 человек
            ИНН не нужен, справка № 123456
            Когда починят дорогу на ул. Ленина?
            в 8 часов 30 минут
            Протокол № 12-34-56
            """)
    void leavesOrdinaryCommentsAlone(String text) {
        assertThat(GROUNDS.hints(text)).as(text).isEmpty();
    }

    @Test
    void groundsAreTheUnionOfTheHints() {
        String comment = "Подпишитесь на vk.com/club1, звоните 8 913 123 45 67, а админы — мудаки";
        assertThat(GROUNDS.suggestedGrounds(comment)).containsExactly(DeletionGround.SPAM,
                DeletionGround.OBSCENE_LANGUAGE, DeletionGround.ADVERTISING, DeletionGround.PERSONAL_DATA,
                DeletionGround.ENGAGEMENT_REQUESTS);
        assertThat(GROUNDS.hints(comment)).extracting(CommentHint::kind).containsExactly(
                HintKind.ENGAGEMENT_REQUEST, HintKind.LINK, HintKind.PHONE, HintKind.OBSCENE_WORD);
    }

    @Test
    void aPoliteCommentSuggestsNothing() {
        assertThat(GROUNDS.suggestedGrounds("Спасибо администрации за новую площадку во дворе!")).isEmpty();
    }

    @Property(tries = 2000)
    void anyStringNeverThrowsAndSpansStayInside(@ForAll String text) {
        for (CommentHint h : GROUNDS.hints(text)) {
            assertThat(h.start()).isGreaterThanOrEqualTo(0);
            assertThat(h.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(h.start());
            assertThat(text.substring(h.start(), h.end())).isEqualTo(h.fragment());
        }
    }

    @Property(tries = 1000)
    void disguisedTextNeverThrows(@ForAll("disguises") String text) {
        for (CommentHint h : GROUNDS.hints(text)) {
            assertThat(h.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(h.start(), h.end())).isEqualTo(h.fragment());
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> disguises() {
        // The characters the normalizer treats specially, so the property reaches its corners.
        return net.jqwik.api.Arbitraries.strings().withChars("хуйпиздебляxyb30@6.*- _+()78№@ru")
                .ofMaxLength(40);
    }
}
