package ru.officialpages.ui.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.Post;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.DateField;
import ru.officialpages.ui.common.FieldBox;

/**
 * "Опубликовано": a link per page of the item. Each link must be a post on its page; the item
 * turns published and the posts enter the log together, or nothing changes.
 */
final class PublishDialog extends Dialog<List<Post>> {
    static final ButtonType DONE = new ButtonType(Tr.tr("plan.publish.done"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(Tr.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    /** {@code text}: the post's text from the item's card; each created log entry keeps it. */
    PublishDialog(Window owner, PlanViewModel vm, PlanItem item, LocalDateTime now, String text) {
        initOwner(owner);
        setTitle(Tr.tr("plan.publish.title"));
        setHeaderText(Tr.tr("plan.publish.header", item.topic()));
        getDialogPane().setId("publish-dialog");
        getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        Map<Long, TextField> fields = new HashMap<>();
        Map<Long, Label> errors = new HashMap<>();
        VBox rows = new VBox(10);
        int n = 0;
        for (Long pageId : item.pageIds()) {
            TextField link = new TextField();
            link.setId("publish-link-" + n++);
            link.setPromptText(Tr.tr("posts.link.prompt"));
            link.setPrefColumnCount(40);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            fields.put(pageId, link);
            errors.put(pageId, error);
            rows.getChildren().add(new VBox(4, new FieldBox(vm.pageLabel(pageId), link, null), error));
        }
        DateField day = new DateField("publish-day");
        day.setValue(item.day().isAfter(now.toLocalDate()) ? now.toLocalDate() : item.day());
        TextField time = new TextField(item.time() != null ? item.time().toString()
                : String.format("%02d:%02d", now.getHour(), now.getMinute()));
        time.setId("publish-time");
        GridPane when = new GridPane();
        when.setHgap(12);
        when.add(new FieldBox(Tr.tr("plan.publish.day"), day, null), 0, 0);
        when.add(new FieldBox(Tr.tr("plan.time"), time, null), 1, 0);
        Label refusal = new Label();
        refusal.setId("publish-error");
        refusal.getStyleClass().add("field-error");
        refusal.setWrapText(true);
        rows.getChildren().addAll(when, refusal);
        getDialogPane().setContent(rows);
        getDialogPane().getButtonTypes().addAll(DONE, CANCEL);

        List<Post> posts = new ArrayList<>();
        Button done = (Button) getDialogPane().lookupButton(DONE);
        // Check before closing: a wrong link keeps the dialog open with the reason under it.
        done.addEventFilter(ActionEvent.ACTION, e -> {
            posts.clear();
            errors.values().forEach(l -> l.setText(""));
            refusal.setText("");
            Map<Long, String> links = new HashMap<>();
            fields.forEach((id, f) -> links.put(id, f.getText()));
            var t = PlanItemDialog.parseTime(time.getText());
            LocalDate d = day.getValue();
            if (t == null || d == null) {
                refusal.setText(Tr.tr("plan.publish.when"));
                e.consume();
                return;
            }
            Map<Long, String> wrong = vm.checkLinks(item, links, posts, d.atTime(t), text);
            if (!wrong.isEmpty()) {
                wrong.forEach((id, msg) -> errors.get(id).setText(msg));
                e.consume();
                return;
            }
            e.consume();
            done.setDisable(true);
            vm.publish(item, List.copyOf(posts), problem -> {
                done.setDisable(false);
                if (problem == null) {
                    setResult(List.copyOf(posts));
                    close();
                } else {
                    refusal.setText(problem);
                }
            });
        });
        setResultConverter(b -> null);
    }
}
