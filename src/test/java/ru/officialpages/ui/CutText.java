package ru.officialpages.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * What a laid-out window shows cut short: a label drawn with «…», a prompt wider than its field. Call on the FX
 * thread after CSS and layout. Shared by the screen tests that check a screen fits 1024×768.
 */
public final class CutText {
    private CutText() {
    }

    /** Every cut text under {@code root}, described for the failure message. */
    public static List<String> in(Node root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof TabPane tabs) {
            // Only the shown tab counts; the tab headers are Labeled and looked at below.
            for (Tab t : tabs.getTabs()) {
                if (t.isSelected() && t.getContent() != null) {
                    collect(t.getContent(), found);
                }
            }
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && shownOnScreen(l)) {
            String shown = shownText(l);
            if (shown != null && !shown.equals(l.getText()) && !excused(l)) {
                found.add(describe(l) + " shows «" + shown + "» of «" + l.getText() + "»");
            }
        }
        if (node instanceof TextField f && f.getText().isEmpty() && f.getPromptText() != null
                && !f.getPromptText().isEmpty() && shownOnScreen(f)) {
            Text probe = new Text(f.getPromptText());
            probe.setFont(f.getFont());
            double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
            if (probe.getLayoutBounds().getWidth() > room + 1) {
                found.add(describe(f) + " prompt «" + f.getPromptText() + "» needs "
                        + Math.round(probe.getLayoutBounds().getWidth()) + " px, has " + Math.round(room));
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    /** The text the skin draws: «…» at its end (or in its middle) when it does not fit. */
    private static String shownText(Labeled l) {
        for (Node n : l.getChildrenUnmodifiable()) {
            if (n instanceof Text t && n.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }

    /** Inside the window and not scrolled out: a label under the fold of a scroll pane is not "cut". */
    private static boolean shownOnScreen(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b != null && b.getWidth() > 0 && n.getScene() != null && b.getMinX() < n.getScene().getWidth()
                && b.getMinY() < n.getScene().getHeight();
    }

    /** Cells (table, list, calendar chips) may be cut when their tooltip has the whole text. */
    private static boolean excused(Labeled l) {
        String text = l.getText().strip();
        if (hasWhole(l.getTooltip(), text) && l instanceof Cell<?>) {
            return true;
        }
        // A calendar chip makes its tooltip on hover: what it will say is its accessible help.
        if (l.getStyleClass().contains("plan-chip") && l.getAccessibleHelp() != null && l.getAccessibleHelp().contains(text)) {
            return true;
        }
        for (Node n = l.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Cell<?> c) {
                return hasWhole(c.getTooltip(), text) || hasWhole(l.getTooltip(), text);
            }
        }
        return false;
    }

    private static boolean hasWhole(javafx.scene.control.Tooltip tip, String text) {
        return tip != null && tip.getText() != null && tip.getText().contains(text);
    }

    private static String describe(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName();
        Node p = n.getParent();
        while (p != null && p.getId() == null) {
            p = p.getParent();
        }
        return id + (p != null ? " in #" + p.getId() : "");
    }

}
