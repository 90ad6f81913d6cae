package ru.officialpages.rules;

import java.time.LocalDate;
import java.time.Month;

/**
 * The quarterly registry goes on the website by the 25th of the month after each quarter
 * (novoaltaysk-608 §3.5). For a day, the quarter whose registry is due next and the due date.
 */
public record RegistryDeadline(int year, int quarter, LocalDate due) {
    static final int DUE_DAY = 25;

    public static RegistryDeadline next(LocalDate today) {
        // The quarter that ended most recently, and its due date; if that has passed, the current quarter's.
        int q = (today.getMonthValue() - 1) / 3 + 1;
        int prevQ = q == 1 ? 4 : q - 1;
        int prevYear = q == 1 ? today.getYear() - 1 : today.getYear();
        RegistryDeadline previous = of(prevYear, prevQ);
        return today.isAfter(previous.due()) ? of(today.getYear(), q) : previous;
    }

    public static RegistryDeadline of(int year, int quarter) {
        Month firstAfter = Month.of(quarter * 3).plus(1);
        int dueYear = quarter == 4 ? year + 1 : year;
        return new RegistryDeadline(year, quarter, LocalDate.of(dueYear, firstAfter, DUE_DAY));
    }

    /** The quarter's last day: the registry is drawn up as of it. */
    public LocalDate asOf() {
        return LocalDate.of(year, quarter * 3, 1).withDayOfMonth(LocalDate.of(year, quarter * 3, 1).lengthOfMonth());
    }
}
