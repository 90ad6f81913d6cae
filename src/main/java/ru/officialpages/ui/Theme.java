package ru.officialpages.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The program's look: AtlantaFX Primer Light for every window, our stylesheet on top. */
public final class Theme {
    private Theme() {
    }

    /** Sets the theme for the whole toolkit; our CSS uses its colour names, so call it before any window. */
    public static void apply() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    static String stylesheet() {
        return Theme.class.getResource("app.css").toExternalForm();
    }
}
