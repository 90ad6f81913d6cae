package ru.officialpages.rules;

import java.time.LocalDate;
import ru.officialpages.domain.ChecklistMark;

/** One checklist item of a page as shown: the mark, its due day (null if none) and whether it is late. */
public record ChecklistLine(ChecklistMark mark, LocalDate due, boolean overdue) {
}
