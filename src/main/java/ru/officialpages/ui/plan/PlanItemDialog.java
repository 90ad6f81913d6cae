package ru.officialpages.ui.plan;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.FieldBox;
import ru.officialpages.ui.common.DateField;

/** A plan item's card: new (from a clicked day) or existing, with delete and "published". */
final class PlanItemDialog extends Dialog<PlanItemDialog.Outcome> {
    /** What the user chose: save (with an optional weekly repeat), delete, or mark published. */
    record Outcome(Action action, PlanItem item, LocalDate repeatUntil, String text) {
    }

    enum Action { SAVE, DELETE, PUBLISH }

    static final ButtonType SAVE = new ButtonType(Tr.tr("button.save"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(Tr.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType DELETE = new ButtonType(Tr.tr("plan.delete"), ButtonBar.ButtonData.LEFT);
    static final ButtonType PUBLISH = new ButtonType(Tr.tr("plan.publish"), ButtonBar.ButtonData.OTHER);

    PlanItemDialog(Window owner, PlanViewModel vm, PlanItem item, ru.officialpages.ui.common.TextCheckService textChecks) {
        initOwner(owner);
        boolean isNew = item.id() == 0;
        setTitle(isNew ? Tr.tr("plan.dialog.new") : Tr.tr("plan.dialog.edit"));
        setHeaderText(null);
        getDialogPane().setId("plan-item-dialog");
        getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());

        DateField day = new DateField("plan-item-day");
        day.setValue(item.day());
        TextField time = new TextField(item.time() == null ? "" : item.time().toString());
        time.setId("plan-item-time");
        time.setPromptText(Tr.tr("plan.time.prompt"));
        TextField topic = new TextField(item.topic());
        topic.setId("plan-item-topic");
        topic.setPromptText(Tr.tr("plan.topic.prompt"));
        TextField occasion = new TextField(item.occasion());
        occasion.setId("plan-item-occasion");
        occasion.setPromptText(Tr.tr("plan.occasion.prompt"));
        ComboBox<PostFormat> format = new ComboBox<>(FXCollections.observableArrayList(PostFormat.values()));
        format.setId("plan-item-format");
        format.setValue(item.format());
        format.setCellFactory(l -> new NameCell<>(f -> Tr.tr("format." + f.name())));
        format.setButtonCell(new NameCell<>(f -> Tr.tr("format." + f.name())));
        ComboBox<PlanStatus> status = new ComboBox<>(FXCollections.observableArrayList(PlanStatus.values()));
        status.setId("plan-item-status");
        status.setValue(item.status());
        status.setCellFactory(l -> new NameCell<>(s -> Tr.tr("plan.status." + s.name())));
        status.setButtonCell(new NameCell<>(s -> Tr.tr("plan.status." + s.name())));
        TextArea notes = new TextArea(item.notes());
        notes.setId("plan-item-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);

        VBox pageBoxes = new VBox(6);
        pageBoxes.setId("plan-item-pages");
        List<CheckBox> checks = new ArrayList<>();
        for (PlanViewModel.PlanPage p : vm.pagesActiveOn(item.day())) {
            // The network first, then the organisation, wrapped: three pages of one administration differ by the network.
            String label = p.label();
            int cut = label.lastIndexOf(" — ");
            CheckBox c = new CheckBox(cut < 0 ? label : label.substring(0, cut));
            if (cut >= 0) {
                Label network = new Label(label.substring(cut + 3), ru.officialpages.ui.common.Icons.PAGES.icon(14));
                network.getStyleClass().addAll(Styles.TEXT_BOLD, "network-badge");
                network.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                c.setGraphic(network);
            }
            c.setWrapText(true);
            c.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            c.setAccessibleText(label);
            c.setUserData(p.page().id());
            c.setSelected(item.pageIds().contains(p.page().id()));
            checks.add(c);
            pageBoxes.getChildren().add(c);
        }
        if (checks.isEmpty()) {
            Label none = new Label(Tr.tr("plan.noPages"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.WARNING);
            pageBoxes.getChildren().add(none);
        }
        DateField repeat = new DateField("plan-item-repeat");
        repeat.setMinWidth(170);
        repeat.setPromptText(Tr.tr("plan.repeat.prompt"));

        StringBinding topicError = Bindings.createStringBinding(
                () -> topic.getText().isBlank() ? Tr.tr("plan.error.topic") : "", topic.textProperty());
        StringBinding timeError = Bindings.createStringBinding(
                () -> time.getText().isBlank() || parseTime(time.getText()) != null ? "" : Tr.tr("posts.error.time"),
                time.textProperty());
        javafx.beans.Observable[] pageStates = checks.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new);
        StringBinding pagesError = Bindings.createStringBinding(
                () -> checks.stream().anyMatch(CheckBox::isSelected) ? "" : Tr.tr("plan.error.pages"), pageStates);
        StringBinding repeatError = Bindings.createStringBinding(() -> repeat.getValue() == null || day.getValue() == null
                || repeat.getValue().isAfter(day.getValue()) ? "" : Tr.tr("plan.error.repeat"),
                repeat.valueProperty(), day.valueProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.add(new FieldBox(Tr.tr("plan.day"), day, null), 0, 0);
        grid.add(new FieldBox(Tr.tr("plan.time"), time, timeError), 1, 0);
        grid.add(new FieldBox(Tr.tr("plan.topic"), topic, topicError), 0, 1, 2, 1);
        grid.add(new FieldBox(Tr.tr("plan.occasion"), occasion, null), 0, 2, 2, 1);
        grid.add(new FieldBox(Tr.tr("plan.format"), format, null), 0, 3);
        grid.add(new FieldBox(Tr.tr("plan.status"), status, null), 1, 3);
        grid.add(new FieldBox(Tr.tr("plan.pages"), pageBoxes, pagesError), 0, 4, 2, 1);
        grid.add(new FieldBox(Tr.tr("plan.notes"), notes, null), 0, 5, 2, 1);
        ru.officialpages.ui.common.CheckedTextEditor postText =
                new ru.officialpages.ui.common.CheckedTextEditor("plan-item-text", vm.textOf(item), textChecks);
        grid.add(new FieldBox(Tr.tr("plan.text"), postText, null), 2, 0, 1, 7);
        javafx.scene.layout.ColumnConstraints narrow = new javafx.scene.layout.ColumnConstraints(200, 240, 320);
        javafx.scene.layout.ColumnConstraints wide = new javafx.scene.layout.ColumnConstraints(360, 420, Double.MAX_VALUE);
        grid.getColumnConstraints().addAll(narrow, narrow, wide);
        if (isNew) {
            grid.add(new FieldBox(Tr.tr("plan.repeat"), repeat, repeatError), 0, 6, 2, 1);
        }
        // At 768 px the card is taller than the screen: it scrolls, the buttons stay in view (issue 16 item 4).
        // The text and its findings are kept within one screenful, so a fix under the text is never
        // scrolled away from the words it fixes (the «Заменить на …» click lands on what is shown).
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setId("plan-item-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        double room = roomFor(owner);
        postText.setMaxHeight(room);
        getDialogPane().setContent(scroll);
        // Sized from the fields' own size before the window is: a scroll pane alone asks for no width,
        // and the dialog came up 600 px wide with the text's column (and its «Заменить на …») cut off.
        getDialogPane().applyCss();
        double width = grid.prefWidth(-1);
        scroll.setPrefViewportWidth(width);
        scroll.setPrefViewportHeight(Math.min(grid.prefHeight(width), room));
        // The dialog's window takes the pane's minimum width, not its preferred one: both are the fields'
        // width (within the screen), else the text's column and its «Заменить на …» were cut off at 600 px.
        double paneWidth = Math.min(width + 40, screenOf(owner).getWidth() - 20);
        getDialogPane().setPrefWidth(paneWidth);
        getDialogPane().setMinWidth(paneWidth);
        getDialogPane().getButtonTypes().addAll(SAVE, CANCEL);
        if (!isNew) {
            getDialogPane().getButtonTypes().add(0, DELETE);
            if (item.status().isOpen()) {
                getDialogPane().getButtonTypes().add(1, PUBLISH);
            }
        }
        getDialogPane().lookupButton(SAVE).disableProperty().bind(topicError.isNotEmpty().or(timeError.isNotEmpty())
                .or(pagesError.isNotEmpty()).or(repeatError.isNotEmpty()).or(day.valueProperty().isNull()));
        if (getDialogPane().lookupButton(PUBLISH) != null) {
            getDialogPane().lookupButton(PUBLISH).disableProperty().bind(topicError.isNotEmpty().or(pagesError.isNotEmpty()));
        }
        setResultConverter(b -> {
            if (b == CANCEL || b == null) {
                return null;
            }
            List<Long> pages = checks.stream().filter(CheckBox::isSelected).map(c -> (Long) c.getUserData()).toList();
            PlanItem edited = new PlanItem(item.id(), day.getValue(), parseTime(time.getText()), pages, topic.getText(),
                    occasion.getText(), format.getValue(), notes.getText(), status.getValue(), item.seriesId());
            if (b == DELETE) {
                return new Outcome(Action.DELETE, item, null, null);
            }
            return new Outcome(b == PUBLISH ? Action.PUBLISH : Action.SAVE, edited, isNew ? repeat.getValue() : null,
                    postText.getText());
        });
        javafx.application.Platform.runLater(topic::requestFocus);
    }

    /** The height the card's fields may take on the owner's screen: the rest is the title, the buttons and a margin. */
    private static double roomFor(Window owner) {
        return Math.max(320, screenOf(owner).getHeight() - 150);
    }

    private static javafx.geometry.Rectangle2D screenOf(Window owner) {
        return javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(javafx.stage.Screen.getPrimary())
                .getVisualBounds();
    }

    static LocalTime parseTime(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static final class NameCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> name;

        NameCell(java.util.function.Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name.apply(item));
        }
    }
}
