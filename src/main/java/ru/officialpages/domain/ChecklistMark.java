package ru.officialpages.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The user's mark on one checklist item: its state, the day it was done (or checked) and a note. */
public record ChecklistMark(ChecklistItem item, CheckState state, LocalDate date, String note) {

    public ChecklistMark {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(state, "state");
        note = note == null ? "" : note.strip();
    }

    public static ChecklistMark notDone(ChecklistItem item) {
        return new ChecklistMark(item, CheckState.NOT_DONE, null, "");
    }
}
