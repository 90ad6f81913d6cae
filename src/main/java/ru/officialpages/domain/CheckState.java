package ru.officialpages.domain;

/** Where a checklist item stands; NOT_APPLICABLE items do not count towards the progress. */
public enum CheckState {
    NOT_DONE,
    DONE,
    NOT_APPLICABLE
}
