package ru.officialpages.domain;

/** The course of a plan item: idea → planned → ready → published, or cancelled. */
public enum PlanStatus {
    IDEA, PLANNED, READY, PUBLISHED, CANCELLED;

    /** Still to be done: counts against the week and turns overdue when its day has passed. */
    public boolean isOpen() {
        return this == IDEA || this == PLANNED || this == READY;
    }
}
