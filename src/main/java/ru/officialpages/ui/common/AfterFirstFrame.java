package ru.officialpages.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs something once a node has been laid out in a frame of a shown window, on the pulse after it:
 * a screen shows its frame first and fills it in next (issue 20: the window's first frame is drawn
 * without the lines of Сегодня's cards, two fifths of the CPU time before it).
 */
public final class AfterFirstFrame {
    private final Runnable action;
    private Scene watched;
    private boolean done;
    private final Runnable onPulse = this::laidOut;

    private AfterFirstFrame(Runnable action) {
        this.action = action;
    }

    /** Runs {@code action} on the UI thread after the first pulse that laid {@code node} out in a shown window. */
    public static void run(Node node, Runnable action) {
        AfterFirstFrame waiting = new AfterFirstFrame(action);
        node.sceneProperty().addListener((o, was, now) -> waiting.watch(now));
        waiting.watch(node.getScene());
    }

    private void watch(Scene scene) {
        if (done || scene == watched) {
            return;
        }
        if (watched != null) {
            watched.removePostLayoutPulseListener(onPulse);
        }
        watched = scene;
        if (scene != null) {
            scene.addPostLayoutPulseListener(onPulse);
        }
    }

    private void laidOut() {
        if (done || watched == null || watched.getWindow() == null || !watched.getWindow().isShowing()) {
            return;
        }
        done = true;
        Scene scene = watched;
        // Not inside the pulse: its listeners are being walked, and what the action adds belongs to the next one.
        Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(onPulse);
            action.run();
        });
    }
}
