package ru.officialpages.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * Remembers where the window was and which screen was open. The first start fills the screen's work
 * area (a 1366×768 laptop has no strip left beside a 1280 px window); later starts keep the size left.
 */
final class WindowPrefs {
    private final Preferences prefs;

    WindowPrefs(Preferences prefs) {
        this.prefs = prefs;
    }

    void restore(Stage stage) {
        Rectangle2D bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
        double w = prefs.getDouble("window.width", bounds.getWidth());
        double h = prefs.getDouble("window.height", bounds.getHeight());
        double x = prefs.getDouble("window.x", bounds.getMinX());
        double y = prefs.getDouble("window.y", bounds.getMinY());
        // A window remembered on a monitor since unplugged would open off-screen; fit it back.
        w = Math.max(800, Math.min(w, bounds.getWidth()));
        h = Math.max(560, Math.min(h, bounds.getHeight()));
        stage.setWidth(w);
        stage.setHeight(h);
        boolean visible = !Double.isNaN(x) && !Double.isNaN(y) && !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).isEmpty();
        if (visible) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.setX(bounds.getMinX() + (bounds.getWidth() - w) / 2);
            stage.setY(bounds.getMinY() + (bounds.getHeight() - h) / 2);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    void save(Stage stage) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
        }
    }

    Screen lastScreen() {
        try {
            return Screen.valueOf(prefs.get("screen.last", Screen.TODAY.name()));
        } catch (IllegalArgumentException e) {
            return Screen.TODAY;
        }
    }

    void saveLastScreen(Screen s) {
        prefs.put("screen.last", s.name());
    }
}
