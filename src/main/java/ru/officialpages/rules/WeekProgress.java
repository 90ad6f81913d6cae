package ru.officialpages.rules;

import java.time.LocalDate;

/**
 * One page in one ISO week: posts published against the norm. {@code daysExisted} is how many of
 * the seven days the page existed; {@code missing} is what is still needed by Sunday.
 */
public record WeekProgress(long pageId, LocalDate monday, int published, int norm, int daysExisted) {

    public boolean met() {
        return published >= norm;
    }

    public int missing() {
        return Math.max(0, norm - published);
    }

    /** "2 из 3", as the plan and the report show it. */
    public String ratio() {
        return ru.officialpages.i18n.Tr.tr("norm.ratio", published, norm);
    }
}
