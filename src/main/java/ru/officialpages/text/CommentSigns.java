package ru.officialpages.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in a comment found by patterns rather than a lexicon: links, requests to like,
 * subscribe or vote, advertising phrases (spam, advertising and "просьбы ... нажать «Мне
 * нравится» ... проголосовать", novoaltaysk §2.5) and personal data of citizens: phones,
 * e-mails, passport and SNILS numbers (novoaltaysk §2.5, "персональные данные граждан").
 */
final class CommentSigns {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** Not inside a longer word: Russian has no \b that knows Cyrillic without this flag set. */
    private static final String L = "(?<![\\p{L}\\d])";
    private static final String R = "(?![\\p{L}\\d])";

    private record Sign(HintKind kind, Pattern pattern) {
    }

    private static final List<Sign> SIGNS = List.of(
            new Sign(HintKind.EMAIL, Pattern.compile(
                    L + "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,}" + R, FLAGS)),
            new Sign(HintKind.LINK, Pattern.compile(
                    "(?:https?://|www\\.)[^\\s<>«»\"]+"
                    + "|" + L + "(?:[\\w-]+\\.)+(?:ru|рф|su|com|net|org|info|biz|me|io|pro|online|site|shop|club|store|xyz|cc|ly|gl)"
                    + "(?:/[^\\s<>«»\"]*)?" + R, FLAGS)),
            new Sign(HintKind.ENGAGEMENT_REQUEST, Pattern.compile(L + "(?:"
                    + "подпиш(?:ись|итесь)|подписывай(?:ся|тесь)|подпишешься"
                    + "|(?:став|постав)ь(?:те)?\\s+(?:\\S+\\s+)?(?:лайк|класс|сердечк|like)\\p{L}*"
                    + "|лайкн(?:и|ите)|лайкай(?:те)?"
                    + "|репостн(?:и|ите)|(?:сделай|сделайте)\\s+репост\\p{L}*"
                    + "|(?:про)?голосуй(?:те)?|отда(?:й|йте)\\s+(?:свой\\s+|свои\\s+)?голос\\p{L}*"
                    + "|вступа(?:й|йте)|вступи(?:те)?\\s+в\\s+(?:групп|сообществ|паблик|чат|канал)\\p{L}*"
                    + "|добав(?:ь|ьте|ляй|ляйте)\\s+(?:меня\\s+)?в\\s+друзья|добавляй(?:тесь|ся)"
                    + ")" + R, FLAGS)),
            new Sign(HintKind.ADVERTISING_PHRASE, Pattern.compile(L + "(?:"
                    + "продам|продаю|продаётся|продается|куплю|недорого|скидк[аиуе]|оптом"
                    + "|заработ(?:ок|ай|айте)|заработать\\s+(?:от|до)|пишите\\s+в\\s+(?:лс|личку|личные)"
                    + ")" + R, FLAGS)),
            new Sign(HintKind.PHONE, Pattern.compile(
                    // +7 or 8 and ten more digits, with the usual spaces, brackets and dashes.
                    "(?<![\\d+])(?:\\+7|8)(?:[\\s()\\-]{0,3}\\d){10}(?!\\d)", FLAGS)),
            new Sign(HintKind.SNILS, Pattern.compile(
                    "(?<!\\d)\\d{3}-\\d{3}-\\d{3}[\\s-]\\d{2}(?![\\d-])", FLAGS)),
            new Sign(HintKind.PASSPORT, Pattern.compile(
                    // "серия 12 34 номер 567890", "паспорт 1234 № 567890", or the bare "1234 567890".
                    "(?:серия\\s*)?(?<![\\d.,])\\d{2}\\s?\\d{2}\\s*(?:(?:номер|№|N)\\s*)?\\d{6}(?![\\d.,])"
                    + "(?!\\s*(?:руб|р\\.|₽|тыс|млн|млрд|%))", FLAGS)));

    private CommentSigns() {
    }

    /** The signs of {@code text}, in the order of the list above then of the text. */
    static List<CommentHint> find(String text) {
        List<CommentHint> hints = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Sign sign : SIGNS) {
            Matcher m = sign.pattern().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                // An e-mail's domain is not also a link; a phone's digits are not also a passport.
                boolean overlaps = taken.stream().anyMatch(t -> start < t[1] && t[0] < end);
                if (end > start && !overlaps) {
                    hints.add(CommentHint.of(text, sign.kind(), start, end));
                    taken.add(new int[] {start, end});
                }
            }
        }
        return hints;
    }
}
