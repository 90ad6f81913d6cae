package ru.officialpages.rules;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;

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

    /** What is known by a day of the registry's placement on the website (§3.5: by the 25th). */
    public enum Placement {
        PLACED, PLACED_LATE, OVERDUE, NOT_DUE
    }

    /**
     * The registry of the quarter that ended last by {@code day} (on it or before): the one a coordinator checks
     * in the week ending on {@code day} — due on the 25th after it, placed ahead of time or not.
     */
    public static RegistryDeadline lastEnded(LocalDate day) {
        LocalDate next = day.plusDays(1);
        int q = (next.getMonthValue() - 1) / 3 + 1;
        return q == 1 ? of(next.getYear() - 1, 4) : of(next.getYear(), q - 1);
    }

    /** The state on {@code asOf}: a mark made after that day does not count yet. */
    public Placement placement(Optional<LocalDate> placedOn, LocalDate asOf) {
        Optional<LocalDate> placed = placedOn.filter(d -> !d.isAfter(asOf));
        if (placed.isPresent()) {
            return placed.get().isAfter(due) ? Placement.PLACED_LATE : Placement.PLACED;
        }
        return asOf.isAfter(due) ? Placement.OVERDUE : Placement.NOT_DUE;
    }

    /** «размещён 20.10.2026», «не размещён, срок 25.10.2026 прошёл», «срок не наступил». */
    public String placementText(Optional<LocalDate> placedOn, LocalDate asOf) {
        return switch (placement(placedOn, asOf)) {
            case PLACED -> Tr.tr("registry.placement.placed", RuFormat.date(placedOn.get()));
            case PLACED_LATE -> Tr.tr("registry.placement.placedLate",
                    RuFormat.date(placedOn.get()), RuFormat.date(due));
            case OVERDUE -> Tr.tr("registry.placement.overdue", RuFormat.date(due));
            case NOT_DUE -> Tr.tr("registry.placement.notDue");
        };
    }

    /** The quarter's last day: the registry is drawn up as of it. */
    public LocalDate asOf() {
        return LocalDate.of(year, quarter * 3, 1).withDayOfMonth(LocalDate.of(year, quarter * 3, 1).lengthOfMonth());
    }
}
