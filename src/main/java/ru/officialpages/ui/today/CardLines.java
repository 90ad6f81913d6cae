package ru.officialpages.ui.today;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The lines of one Сегодня card, kept from load to load: the card shows new values in the lines it
 * has (a text set to what it was, a bar to where it was, changes nothing, so an unchanged line costs
 * no style or layout pass), makes a line only where it has too few and drops the ones left over.
 * Drawn anew on every change notice, the cards held the window's UI thread during a sync (issue 20 item 3).
 */
final class CardLines<T> {

    /** One line: its node, filled with a value; a line of another shape ({@link #fits}) is replaced. */
    interface Line<T> {
        Node node();

        void show(T value);

        default boolean fits(T value) {
            return true;
        }
    }

    private final VBox box;
    private final Function<T, Line<T>> make;
    private final List<Line<T>> lines = new ArrayList<>();
    /** The card's last line when there is one: "и ещё N", «все N», or what an empty card says. */
    private Label note;
    private Hyperlink link;

    CardLines(VBox box, Function<T, Line<T>> make) {
        this.box = box;
        this.make = make;
    }

    /** Shows {@code values}, one line each, and {@code last} (null for none) below them. */
    void show(List<T> values, Node last) {
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            if (i == lines.size()) {
                lines.add(make.apply(v));
            } else if (!lines.get(i).fits(v)) {
                lines.set(i, make.apply(v));
            }
            lines.get(i).show(v);
        }
        while (lines.size() > values.size()) {
            lines.remove(lines.size() - 1);
        }
        List<Node> children = new ArrayList<>(lines.size() + 1);
        lines.forEach(l -> children.add(l.node()));
        if (last != null) {
            children.add(last);
        }
        // The same nodes in the same order: the card's children are not touched, so it is not laid out again.
        if (!box.getChildren().equals(children)) {
            box.getChildren().setAll(children);
        }
    }

    /** The card's muted note, kept for the next load. */
    Label muted(String text) {
        if (note == null) {
            note = new Label();
            note.setWrapText(true);
            note.getStyleClass().addAll(atlantafx.base.theme.Styles.TEXT_MUTED, atlantafx.base.theme.Styles.TEXT_SMALL);
        }
        note.setText(text);
        return note;
    }

    /** The card's link below its lines, kept for the next load. */
    Hyperlink link(String text) {
        if (link == null) {
            link = new Hyperlink();
        }
        link.setText(text);
        return link;
    }
}
