package ru.officialpages.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One line of the content plan: a day (and maybe a time), the pages it goes to, its topic,
 * occasion ("информационный повод"), format and status. {@code id} is 0 until saved.
 */
public record PlanItem(
        long id,
        LocalDate day,
        LocalTime time,
        List<Long> pageIds,
        String topic,
        String occasion,
        PostFormat format,
        String notes,
        PlanStatus status,
        Long seriesId) {

    public PlanItem {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        // A page named twice is one page: the plan item goes to it once.
        pageIds = List.copyOf(new java.util.LinkedHashSet<>(pageIds));
        topic = topic == null ? "" : topic.strip();
        occasion = occasion == null ? "" : occasion.strip();
        notes = notes == null ? "" : notes.strip();
    }

    public PlanItem onDay(LocalDate newDay) {
        return new PlanItem(id, newDay, time, pageIds, topic, occasion, format, notes, status, seriesId);
    }

    public PlanItem withStatus(PlanStatus newStatus) {
        return new PlanItem(id, day, time, pageIds, topic, occasion, format, notes, newStatus, seriesId);
    }

    public PlanItem withId(long newId, Long newSeries) {
        return new PlanItem(newId, day, time, pageIds, topic, occasion, format, notes, status, newSeries);
    }

    /** Planned in the past and not published or cancelled. */
    public boolean overdueOn(LocalDate today) {
        return status.isOpen() && day.isBefore(today);
    }
}
