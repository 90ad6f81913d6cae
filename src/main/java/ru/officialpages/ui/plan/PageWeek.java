package ru.officialpages.ui.plan;

/** One page in one week of the plan: items planned against its norm ("2 из 3"). */
public record PageWeek(long pageId, String page, int planned, int norm) {
    public boolean fallsShort() {
        return planned < norm;
    }

    public String ratio() {
        return ru.officialpages.i18n.Tr.tr("norm.ratio", planned, norm);
    }
}
