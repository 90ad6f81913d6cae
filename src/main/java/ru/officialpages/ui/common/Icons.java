package ru.officialpages.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** Our names for icons, so a glyph is chosen in one place. */
public enum Icons {
    TODAY(MaterialDesignH.HOME_OUTLINE),
    PAGES(MaterialDesignW.WEB),
    PLAN(MaterialDesignC.CALENDAR_MONTH_OUTLINE),
    POSTS(MaterialDesignN.NEWSPAPER_VARIANT_OUTLINE),
    MODERATION(MaterialDesignS.SHIELD_CHECK_OUTLINE),
    MESSAGES(MaterialDesignM.MESSAGE_TEXT_OUTLINE),
    REPORTS(MaterialDesignC.CHART_BOX_OUTLINE),
    SETTINGS(MaterialDesignC.COG_OUTLINE),
    ADD(MaterialDesignP.PLUS),
    ARCHIVE(MaterialDesignA.ARCHIVE_OUTLINE),
    UNARCHIVE(MaterialDesignA.ARCHIVE_ARROW_UP_OUTLINE),
    SAVE(MaterialDesignC.CONTENT_SAVE_OUTLINE),
    ORGANIZATION(MaterialDesignD.DOMAIN),
    DEMO(MaterialDesignD.DATABASE_OUTLINE),
    ERROR(MaterialDesignA.ALERT_CIRCLE_OUTLINE),
    DONE(MaterialDesignC.CHECK_CIRCLE_OUTLINE),
    PREVIOUS(MaterialDesignC.CHEVRON_LEFT),
    NEXT(MaterialDesignC.CHEVRON_RIGHT),
    EXCEL(MaterialDesignF.FILE_EXCEL_OUTLINE),
    PRINT(MaterialDesignP.PRINTER_OUTLINE);

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon icon() {
        return new FontIcon(ikon);
    }

    public FontIcon icon(int size) {
        FontIcon i = new FontIcon(ikon);
        i.setIconSize(size);
        return i;
    }
}
