package ru.officialpages.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;
import ru.officialpages.i18n.Tr;
import ru.officialpages.text.Finding;

/**
 * A post text with its findings underlined as it is typed (checked after a pause, off the UI
 * thread) and listed below, each with a one-click fix where there is one: spelling, officialese,
 * legal citations, press-release signs, length (mineralnye-vody order §6–7, novokubansky-1740
 * app.2 §8, §10, novoaltaysk-608 §2.3).
 */
public final class CheckedTextEditor extends VBox {
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final ListView<Finding> findings = new ListView<>();
    private final Label summary = new Label();
    private final TextCheckService service;
    private final PauseTransition pause = new PauseTransition(Duration.millis(400));
    private long edits;

    public CheckedTextEditor(String id, String text, TextCheckService service) {
        super(6);
        this.service = service;
        setId(id);
        area.setId(id + "-area");
        area.setWrapText(true);
        area.getStyleClass().add("checked-text");
        area.setPrefHeight(140);
        area.replaceText(text);
        findings.setId(id + "-findings");
        findings.setPrefHeight(120);
        findings.setPlaceholder(new Label(Tr.tr("textcheck.none")));
        findings.setCellFactory(l -> new FindingCell());
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        summary.setId(id + "-summary");
        summary.textProperty().bind(javafx.beans.binding.Bindings.when(service.spellingReadyProperty())
                .then(Tr.tr("textcheck.ready")).otherwise(Tr.tr("textcheck.loading")));
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        area.setPrefHeight(170);
        findings.setPrefHeight(220);
        // In a form cut to a small screen the list keeps room for two findings; the form scrolls instead.
        findings.setMinHeight(110);
        VBox.setVgrow(findings, Priority.ALWAYS);
        getChildren().addAll(area, summary, findings);
        pause.setOnFinished(e -> check());
        area.textProperty().addListener((o, was, now) -> {
            edits++;
            pause.playFromStart();
        });
        service.spellingReadyProperty().addListener((o, was, now) -> check());
        check();
    }

    /**
     * The findings beside the text instead of under it, {@code height} tall: for a form where the
     * editor shares the screen with a table (the post log's entry).
     */
    public CheckedTextEditor sideBySide(double height) {
        getChildren().clear();
        summary.setMinHeight(Region.USE_PREF_SIZE);
        VBox right = new VBox(4, summary, findings);
        VBox.setVgrow(findings, Priority.ALWAYS);
        area.setPrefHeight(height);
        area.setMinHeight(height);
        findings.setPrefHeight(height);
        findings.setMinHeight(0);
        right.setPrefWidth(420);
        right.setMinWidth(280);
        HBox.setHgrow(area, Priority.ALWAYS);
        HBox row = new HBox(10, area, right);
        row.setPrefHeight(height);
        row.setMinHeight(height);
        getChildren().add(row);
        return this;
    }

    private void check() {
        long asked = edits;
        String text = area.getText();
        service.check(text, found -> {
            // A result for text since changed would underline the wrong letters.
            if (asked == edits) {
                show(found);
            }
        });
    }

    private void show(List<Finding> found) {
        area.clearStyle(0, area.getLength());
        for (Finding f : found) {
            if (f.end() > f.start() && f.end() <= area.getLength()) {
                area.setStyleClass(f.start(), f.end(), "finding-" + f.kind().name().toLowerCase(Locale.ROOT));
            }
        }
        findings.getItems().setAll(found);
    }

    public String getText() {
        return area.getText();
    }

    /** Replaces the whole text (a form cleared, a post's text loaded); it is checked again. */
    public void setText(String text) {
        area.replaceText(text == null ? "" : text);
    }

    public javafx.beans.value.ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    private final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label message = new Label(f.message());
            message.setWrapText(true);
            message.setMinWidth(0);
            message.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(message, Priority.ALWAYS);
            HBox row = new HBox(8, message);
            row.setAlignment(Pos.CENTER_LEFT);
            // As wide as the list, so a long message wraps and its fix button stays in view.
            row.prefWidthProperty().bind(findings.widthProperty().subtract(24));
            row.setMaxWidth(Region.USE_PREF_SIZE);
            if (f.kind() == ru.officialpages.text.FindingKind.SPELLING && f.end() > f.start()) {
                // Place names and surnames are not mistakes: the user teaches the check once.
                Button learn = new Button(Tr.tr("textcheck.learn"));
                learn.getStyleClass().addAll(Styles.SMALL, "finding-learn");
                learn.setMinWidth(Region.USE_PREF_SIZE);
                learn.setOnAction(e -> {
                    service.addWord(f.fragment());
                    check();
                });
                row.getChildren().add(learn);
            }
            if (!f.suggestions().isEmpty() && f.end() > f.start()) {
                String fix = f.suggestions().get(0);
                Button apply = new Button(Tr.tr("textcheck.fix", fix));
                apply.getStyleClass().addAll(Styles.SMALL, "finding-fix");
                apply.setMinWidth(Region.USE_PREF_SIZE);
                apply.setOnAction(e -> {
                    if (area.getText(f.start(), f.end()).equals(f.fragment())) {
                        area.replaceText(f.start(), f.end(), fix);
                    }
                });
                row.getChildren().add(apply);
            }
            setText(null);
            setGraphic(row);
        }
    }
}
