package ru.officialpages.ui.messages;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import ru.officialpages.domain.MessageStep;
import ru.officialpages.domain.StepKind;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.DateField;

/**
 * A step of a message's course corrected after the fact (issue 16 item 3): its time and, for a draft
 * or an answer, its text. «Сохранить» stays off while the time is wrong; the reason says so under the field.
 */
final class MessageStepDialog extends Dialog<MessageStepDialog.Edit> {
    static final ButtonType SAVE = new ButtonType(Tr.tr("button.save"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(Tr.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    /** What the clerk corrected. */
    record Edit(LocalDate date, String time, String text) {
    }

    MessageStepDialog(Window owner, MessageStep step, String title, MessagesViewModel vm) {
        initOwner(owner);
        setTitle(Tr.tr("messages.step.edit.title"));
        setHeaderText(title);
        getDialogPane().setId("message-step-dialog");
        getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        DateField date = new DateField("message-step-edit-date");
        date.setValue(step.at().toLocalDate());
        TextField time = new TextField(String.format("%02d:%02d", step.at().getHour(), step.at().getMinute()));
        time.setId("message-step-edit-time");
        time.setPrefColumnCount(5);
        Label error = new Label();
        error.setId("message-step-edit-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        // The line keeps its height, so the fields do not move when the message comes or goes.
        error.setMinHeight(new Label("Х").prefHeight(-1));
        StringProperty problem = new SimpleStringProperty("");
        Runnable check = () -> problem.set(vm.stepProblem(date.getValue(), time.getText()));
        date.valueProperty().addListener((o, was, now) -> check.run());
        time.textProperty().addListener((o, was, now) -> check.run());
        error.textProperty().bind(problem);
        VBox box = new VBox(6, new Label(Tr.tr("messages.step.when")), new HBox(8, date, time), error);
        TextArea text = new TextArea(step.text());
        text.setId("message-step-edit-text");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        if (hasText(step.kind())) {
            box.getChildren().addAll(new Label(Tr.tr("messages.step.edit.text")), text);
        }
        box.setPadding(new Insets(4));
        box.setPrefWidth(520);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(SAVE, CANCEL);
        Node save = getDialogPane().lookupButton(SAVE);
        save.setId("message-step-edit-save");
        save.disableProperty().bind(Bindings.isNotEmpty(problem));
        setResizable(true);
        setResultConverter(b -> b == SAVE ? new Edit(date.getValue(), time.getText(), text.getText()) : null);
    }

    static boolean hasText(StepKind kind) {
        return kind == StepKind.SUBMITTED || kind == StepKind.AGREED || kind == StepKind.INTERIM
                || kind == StepKind.FINAL;
    }
}
