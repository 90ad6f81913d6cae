package ru.officialpages.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A computed due moment with the Russian sentence saying how it was counted.
 *
 * @param yearsWithoutData years the count passed through that have no official calendar data
 *                         (the explanation already mentions them)
 */
public record Deadline(LocalDateTime due, String explanation, List<Integer> yearsWithoutData) {
    public Deadline {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(explanation, "explanation");
        yearsWithoutData = List.copyOf(yearsWithoutData);
    }

    public LocalDate dueDate() {
        return due.toLocalDate();
    }
}
