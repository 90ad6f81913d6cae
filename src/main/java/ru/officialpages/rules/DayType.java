package ru.officialpages.rules;

/** What kind of day a date is in the production calendar. */
public enum DayType {
    WORKING,
    NON_WORKING,
    /** A working day one hour shorter, the day before a non-working holiday (ТК РФ ст. 95). */
    SHORTENED;

    public boolean isWorking() {
        return this != NON_WORKING;
    }
}
