package ru.officialpages.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Our names for icons, so a glyph is chosen in one place. Each is the Material Design Icons glyph
 * of Ikonli's materialdesign2 pack, named by its description (the pack's font is found by it) and
 * its code point, copied here: the pack's own enums (MaterialDesignA … W) hold hundreds of glyphs
 * each, and loading ten of them for twenty icons cost the window's start a tenth of a second.
 * {@code IconsTest} checks every code against the pack.
 */
public enum Icons implements Ikon {
    TODAY("mdi2h-home-outline", 0xF06A1),
    PAGES("mdi2w-web", 0xF059F),
    PLAN("mdi2c-calendar-month-outline", 0xF0E18),
    POSTS("mdi2n-newspaper-variant-outline", 0xF1004),
    MODERATION("mdi2s-shield-check-outline", 0xF0CC8),
    MESSAGES("mdi2m-message-text-outline", 0xF036A),
    REPORTS("mdi2c-chart-box-outline", 0xF154E),
    SETTINGS("mdi2c-cog-outline", 0xF08BB),
    ADD("mdi2p-plus", 0xF0415),
    ARCHIVE("mdi2a-archive-outline", 0xF120E),
    UNARCHIVE("mdi2a-archive-arrow-up-outline", 0xF125C),
    SAVE("mdi2c-content-save-outline", 0xF0818),
    ORGANIZATION("mdi2d-domain", 0xF01D7),
    DEMO("mdi2d-database-outline", 0xF1632),
    ERROR("mdi2a-alert-circle-outline", 0xF05D6),
    DONE("mdi2c-check-circle-outline", 0xF05E1),
    PREVIOUS("mdi2c-chevron-left", 0xF0141),
    NEXT("mdi2c-chevron-right", 0xF0142),
    EXCEL("mdi2f-file-excel-outline", 0xF102D),
    PDF("mdi2f-file-pdf-box", 0xF0226),
    PRINT("mdi2p-printer-outline", 0xF1786),
    CLOSE("mdi2c-close", 0xF0156),
    HELP("mdi2h-help-circle-outline", 0xF0625),
    ABOUT("mdi2i-information-outline", 0xF02FD),
    WARNING("mdi2a-alert-outline", 0xF002A),
    BACK("mdi2a-arrow-left", 0xF004D),
    EDIT("mdi2p-pencil-outline", 0xF0CB6),
    DELETE("mdi2d-delete-outline", 0xF09E7);

    private final String description;
    private final int code;

    Icons(String description, int code) {
        this.description = description;
        this.code = code;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public int getCode() {
        return code;
    }

    /**
     * Finds the icons' font on a thread of its own while the window is being built: the first icon looks the pack
     * up through ServiceLoader over every jar and loads its font, 5 % of the UI thread's work before the first
     * frame (issue 20). Fonts may be loaded on any thread; the UI thread's first icon waits for the finding
     * under Ikonli's own lock if it is not done yet.
     */
    public static void findFontAhead() {
        Thread finding = new Thread(() -> new FontIcon(TODAY), "icon-font");
        finding.setDaemon(true);
        finding.start();
    }

    public FontIcon icon() {
        return new FontIcon(this);
    }

    public FontIcon icon(int size) {
        FontIcon i = new FontIcon(this);
        i.setIconSize(size);
        return i;
    }
}
