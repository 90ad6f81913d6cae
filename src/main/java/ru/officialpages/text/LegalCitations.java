package ru.officialpages.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.officialpages.i18n.Tr;

/**
 * Citations of legal acts in a post. Novokubansky app.2 §10 advises against "избыточное
 * цитирование нормативных правовых актов (желательно не более двух на 1 публикацию)".
 *
 * <p>A citation is found in parts. A <em>strong</em> part is a citation by itself: a federal or
 * regional law, "131-ФЗ", "ФЗ № 131", an article with its number ("ст. 13"), a code ("ТК РФ",
 * "Трудового кодекса Российской Федерации"), the Constitution, an act of a body followed in the
 * same sentence by its date or number ("постановление администрации … № 123", "Указ Президента").
 * A <em>weak</em> part ("п. 1.2", "ч. 2", "от 06.10.2003", "№ 45-р") counts only when it joins a
 * strong one. Parts next to each other (only spaces and punctuation between) are one
 * citation: "п. 1.2 ч. 2 ст. 13 Федерального закона от 06.10.2003 № 131-ФЗ" is one.
 * So "закон природы", "статья в газете" and "школа № 5" are not citations.
 */
public final class LegalCitations {
    /** One citation: where it stands in the text and how it reads. */
    public record Citation(int start, int end, String text) {
    }

    private static final String MONTHS = "(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";
    private static final String DATE = "(?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{1,2}\\s+" + MONTHS + "\\s+\\d{4})(?:\\s*(?:г\\.|года|г(?![\\p{L}])))?";
    private static final String NUMBER = "№\\s*\\d+(?:[-./]?[\\p{L}\\d]+)*";
    private static final String LAW_NUMBER = "\\d{1,4}-(?:ФЗ|ФКЗ|КЗ|ОЗ|ЗС)(?![\\p{L}])";
    private static final String NOT_SENTENCE_END = "(?:(?!\\.\\s+[А-ЯЁA-Z])[^!?\\n])";

    private static final Pattern STRONG = Pattern.compile(String.join("|",
            // federal and regional laws: "Федеральный закон", "Краевого закона", "Закон Алтайского края"
            "(?:[Фф]едеральн|[Фф]едеральн\\p{L}+ конституционн|[Кк]раев|[Оо]бластн|[Рр]еспубликанск)\\p{L}*\\s+закон\\p{L}*",
            "[Зз]акон\\p{L}*\\s+(?:РФ|Российской\\s+Федерации|[А-ЯЁ]\\p{L}+(?:ого|ой)\\s+(?:края|области|Республики|республики|округа))",
            "[Зз]акон\\p{L}*\\s+(?:от\\s+" + DATE + "|" + NUMBER + ")",
            LAW_NUMBER,
            "(?:ФЗ|ФКЗ)[\\s-]*(?:№\\s*)?\\d+(?![\\p{L}\\d])",
            // articles: "ст. 13", "статья 13", "статьи 13.1"
            "(?:[Сс]т\\.|[Сс]тать(?:я|и|ей|ю|е|ях|ям|ями))\\s*\\d+(?:\\.\\d+)*(?![\\d])",
            // codes by abbreviation; not "СК РФ" (the Investigative Committee) nor "ВК" (VKontakte)
            "(?:ТК|ГК|НК|УК|ЖК|ЗК|БК|ГрК|КоАП|АПК|ГПК|УПК|КАС|УИК|ЛК|ВзК)\\s+(?:РФ|Российской\\s+Федерации)",
            "(?:[А-ЯЁа-яё]\\p{L}+(?:ого|ый|ом|ому)\\s+)?[Кк]одекс\\p{L}*\\s+(?:РФ|Российской\\s+Федерации|об\\s+административных\\s+правонарушениях)",
            "[Кк]онституци\\p{L}*\\s+(?:РФ|Российской\\s+Федерации)",
            "Указ\\p{L}*\\s+Президента",
            // acts of bodies, counted when the same sentence gives their date or number
            "(?:[Пп]остановлени|[Рр]аспоряжени|[Пп]риказ|[Уу]каз)\\p{L}*" + NOT_SENTENCE_END + "{0,150}?(?:от\\s+" + DATE + "|" + NUMBER + ")",
            // "решение" is an everyday word too ("решение проблемы школы № 5"): only with its date
            "[Рр]ешени\\p{L}*" + NOT_SENTENCE_END + "{0,150}?от\\s+" + DATE));

    private static final Pattern WEAK = Pattern.compile(String.join("|",
            "(?:[Пп]\\.|[Пп]п\\.|[Пп]одп\\.|[Пп]ункт\\p{L}*|[Пп]одпункт\\p{L}*|[Чч]\\.|[Чч]аст\\p{L}+|[Аа]бз\\.|[Аа]бзац\\p{L}*)\\s*\\d+(?:\\.\\d+)*(?:\\s*«?[а-я]»?\\))?",
            "от\\s+" + DATE,
            NUMBER,
            "(?:РФ|Российской\\s+Федерации)"));

    /** What may lie between two parts of one citation: spaces, brackets, quotes, dashes. */
    private static final Pattern JOINER = Pattern.compile("[\\s()«»\"—–-]*");
    /** Before a weak part a comma joins too ("ст. 13, ч. 2"); before a strong one it starts a new citation. */
    private static final Pattern WEAK_JOINER = Pattern.compile("[\\s,()«»\"—–-]*");

    private record Part(int start, int end, boolean strong) {
    }

    public List<Citation> find(String text) {
        List<Part> parts = new ArrayList<>();
        collect(STRONG, text, true, parts);
        collect(WEAK, text, false, parts);
        parts.sort(Comparator.comparingInt(Part::start).thenComparing(Comparator.comparingInt(Part::end).reversed()));
        List<Citation> citations = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            int start = parts.get(i).start();
            int end = parts.get(i).end();
            boolean strong = parts.get(i).strong();
            int j = i + 1;
            while (j < parts.size() && joins(text, end, parts.get(j))) {
                end = Math.max(end, parts.get(j).end());
                strong |= parts.get(j).strong();
                j++;
            }
            if (strong) {
                citations.add(new Citation(start, end, text.substring(start, end)));
            }
            i = j;
        }
        return citations;
    }

    /** Findings for the citations past {@code max}: the place where the post could lose one. */
    public List<Finding> check(String text, int max) {
        List<Citation> found = find(text);
        List<Finding> findings = new ArrayList<>();
        for (int k = max; k < found.size(); k++) {
            Citation c = found.get(k);
            findings.add(Finding.of(text, c.start(), c.end(), FindingKind.LEGAL_CITATIONS, Severity.WARNING,
                    Tr.tr("text.citations.tooMany", found.size(), max), List.of(), "legal-citations"));
        }
        return findings;
    }

    private static void collect(Pattern p, String text, boolean strong, List<Part> parts) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            parts.add(new Part(m.start(), m.end(), strong));
        }
    }

    private static boolean joins(String text, int end, Part next) {
        if (next.start() <= end) {
            return true;
        }
        String gap = text.substring(end, next.start());
        return (next.strong() ? JOINER : WEAK_JOINER).matcher(gap).matches();
    }
}
