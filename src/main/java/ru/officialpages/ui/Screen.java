package ru.officialpages.ui;

import javafx.scene.input.KeyCode;
import ru.officialpages.ui.common.Icons;

/** The places in the navigation rail, in order; Ctrl+1…Ctrl+9 go to them. */
public enum Screen {
    TODAY(Icons.TODAY, KeyCode.DIGIT1),
    PAGES(Icons.PAGES, KeyCode.DIGIT2),
    PLAN(Icons.PLAN, KeyCode.DIGIT3),
    POSTS(Icons.POSTS, KeyCode.DIGIT4),
    MODERATION(Icons.MODERATION, KeyCode.DIGIT5),
    MESSAGES(Icons.MESSAGES, KeyCode.DIGIT6),
    REPORTS(Icons.REPORTS, KeyCode.DIGIT7),
    SETTINGS(Icons.SETTINGS, KeyCode.DIGIT8),
    /** The coordinator's week over the district (issue 19 item 6): only in a coordinator's window, and only it there. */
    DISTRICT(Icons.ORGANIZATION, KeyCode.DIGIT9);

    private final Icons icon;
    private final KeyCode key;

    Screen(Icons icon, KeyCode key) {
        this.icon = icon;
        this.key = key;
    }

    public Icons icon() {
        return icon;
    }

    public KeyCode key() {
        return key;
    }

    /** The id of its button in the rail, for tests and accessibility. */
    public String navId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String titleKey() {
        return "screen." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
