package ru.officialpages.ui;

import javafx.application.Application;

/** The program's look: AtlantaFX Primer Light for every window, our stylesheet on top. */
public final class Theme {
    /**
     * AtlantaFX's Primer Light ({@code atlantafx/base/theme/primer-light.css}, 170 KB, a thousand rules)
     * in JavaFX's binary form, loaded instead of parsing the text at every start: 37–44 ms of CPU against
     * 140–160 in a JVM of its own, about 30 ms less of the window's UI thread (docs/performance.md, issue 20).
     * Made by JavaFX's own converter
     * ({@code com.sun.javafx.css.parser.Css2Bin}) from the theme without the rules that can never match in this
     * program (a third of them: controls and style variants it never makes, such as sliders, tool bars, charts and
     * AtlantaFX's own controls; issue 20), which spares every styled node and the theme's loading their look-up.
     * ThemeBinaryTest makes it again from AtlantaFX and the program's classes, fails when either changed (a control
     * used for the first time included) and says how to replace it.
     */
    static final String PRIMER_LIGHT = "primer-light-used.bss";

    private Theme() {
    }

    /**
     * Sets the theme for the whole toolkit; our CSS uses its colour names, so call it before any window,
     * and before the first control is made: the first control loads JavaFX's own Modena stylesheet
     * unless a theme is set already, a tenth of a second at start thrown away when the theme replaces it.
     */
    public static void apply() {
        String theme = Theme.class.getResource(PRIMER_LIGHT).toExternalForm();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }

    public static String stylesheet() {
        return Theme.class.getResource("app.css").toExternalForm();
    }
}
