package ru.officialpages.ui.plan;

/** The month grid's chip limit, for screen tests outside the package. */
public final class PlanViewTestAccess {
    private PlanViewTestAccess() {
    }

    public static int monthChips() {
        return PlanView.MONTH_CHIPS;
    }
}
