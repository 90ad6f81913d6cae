package ru.officialpages.rules;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.officialpages.i18n.Tr;

/** A calendar quarter: the registry is kept as of its last day (novoaltaysk-608 §3.5). */
public record Quarter(int year, int number) {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is 1..4: " + number);
        }
    }

    /** "2026-Q3"; null when the text is not one. */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        return m.matches() ? new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public LocalDate lastDay() {
        LocalDate first = LocalDate.of(year, number * 3, 1);
        return first.withDayOfMonth(first.lengthOfMonth());
    }

    /** "III квартал 2026 г.", as the registry's title says it. */
    public String russian() {
        return Tr.tr("registry.quarter", ROMAN[number - 1], String.valueOf(year));
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
