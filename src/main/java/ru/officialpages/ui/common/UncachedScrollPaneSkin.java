package ru.officialpages.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin without the bitmap cache of its viewport (app.css gives it to every
 * scroll pane). JavaFX keeps a picture of each scroll pane's visible area as big as the area
 * itself, also while its screen is not shown: with the software renderer (remote desktop, old
 * graphics drivers) that is 1–3 MB of heap per pane and ~12 MB for the screens of the window
 * (issue 10). The picture is redrawn at every scroll step anyway, since the content moves inside
 * the cached node, and cached text is blurred at fractional scaling; nothing the user sees needs it.
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {
    public UncachedScrollPaneSkin(ScrollPane pane) {
        super(pane);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
