package ru.officialpages.domain;

/**
 * The rules of one municipality's order as a named set of numbers (domain.md: every number is a
 * setting, with the seed's value as a preset). CUSTOM keeps whatever the user typed.
 */
public enum NormPreset {
    // ishtan-13 §6: at least 2 posts a week on the head's (administration's) page.
    ISHTAN(new WeeklyNorms(2, 2, 2, 2), 3),
    // mineralnye-vody order §4: at least 3 a week; decree §3.2.4, §3.3.2: 2 or 3 working days to notify.
    MINERALNYE_VODY(new WeeklyNorms(3, 3, 3, 3), 3),
    // novoaltaysk-608 §2.1: at least 8 a week; §3.1: 3 working days.
    NOVOALTAYSK(new WeeklyNorms(8, 8, 8, 8), 3),
    // novokubansky-1740 app.2 §5: 10 on the administration's pages, 5 on the head's and institutions'.
    NOVOKUBANSKY(new WeeklyNorms(10, 5, 5, 5), 3),
    CUSTOM(new WeeklyNorms(3, 3, 3, 3), 3);

    private final WeeklyNorms norms;
    private final int coordinatorNoticeDays;

    NormPreset(WeeklyNorms norms, int coordinatorNoticeDays) {
        this.norms = norms;
        this.coordinatorNoticeDays = coordinatorNoticeDays;
    }

    public WeeklyNorms norms() {
        return norms;
    }

    /** Working days within which the coordinator must hear of a page created or deleted. */
    public int coordinatorNoticeDays() {
        return coordinatorNoticeDays;
    }
}
