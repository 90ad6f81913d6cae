package ru.officialpages.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The program's look: AtlantaFX Primer Light for every window, our stylesheet on top. */
public final class Theme {
    private Theme() {
    }

    /**
     * Sets the theme for the whole toolkit; our CSS uses its colour names, so call it before any window,
     * and before the first control is made: the first control loads JavaFX's own Modena stylesheet
     * unless a theme is set already, a tenth of a second at start thrown away when the theme replaces it.
     */
    public static void apply() {
        String theme = new PrimerLight().getUserAgentStylesheet();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }

    public static String stylesheet() {
        return Theme.class.getResource("app.css").toExternalForm();
    }
}
