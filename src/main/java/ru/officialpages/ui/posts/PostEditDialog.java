package ru.officialpages.ui.posts;

import java.time.LocalTime;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostEntry;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.DateField;

/**
 * A logged post corrected (issue 16 item 3): its page, date and time, format and topic. The link stays
 * (it is the post itself; a wrong link is a post to delete). «Сохранить» stays off while the time is wrong.
 */
final class PostEditDialog extends Dialog<Post> {
    static final ButtonType SAVE = new ButtonType(Tr.tr("button.save"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(Tr.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    PostEditDialog(Window owner, PostEntry entry, PostsViewModel vm) {
        initOwner(owner);
        Post p = entry.post();
        setTitle(Tr.tr("posts.edit.title"));
        setHeaderText(p.url());
        getDialogPane().setId("post-edit-dialog");
        getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());

        ComboBox<PageChoice> page = new ComboBox<>(vm.pageChoices());
        page.setId("post-edit-page");
        page.setMaxWidth(Double.MAX_VALUE);
        vm.pageChoices().stream().filter(c -> c.page().id() == p.pageId()).findFirst().ifPresent(page::setValue);
        DateField date = new DateField("post-edit-date");
        date.setValue(p.publishedAt().toLocalDate());
        TextField time = new TextField(String.format("%02d:%02d", p.publishedAt().getHour(), p.publishedAt().getMinute()));
        time.setId("post-edit-time");
        time.setPrefColumnCount(5);
        ComboBox<PostFormat> format = new ComboBox<>(FXCollections.observableArrayList(PostFormat.values()));
        format.setId("post-edit-format");
        format.setCellFactory(l -> new FormatCell(vm));
        format.setButtonCell(new FormatCell(vm));
        format.setValue(p.format());
        TextField topic = new TextField(p.topic());
        topic.setId("post-edit-topic");
        topic.setPrefColumnCount(36);

        Label error = new Label();
        error.setId("post-edit-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        // The line keeps its height, so nothing under the mouse moves when the message comes or goes.
        error.setMinHeight(new Label("Х").prefHeight(-1));
        StringProperty problem = new SimpleStringProperty("");
        Runnable check = () -> problem.set(page.getValue() == null ? Tr.tr("posts.edit.noPage")
                : date.getValue() == null ? Tr.tr("posts.edit.noDate")
                : PostsViewModel.parseTime(time.getText()).isEmpty() ? Tr.tr("posts.error.time") : "");
        page.valueProperty().addListener((o, was, now) -> check.run());
        date.valueProperty().addListener((o, was, now) -> check.run());
        time.textProperty().addListener((o, was, now) -> check.run());
        check.run();
        error.textProperty().bind(problem);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(4));
        grid.addRow(0, new Label(Tr.tr("posts.col.page")), page);
        HBox when = new HBox(8, date, time);
        grid.addRow(1, new Label(Tr.tr("posts.col.when")), when);
        grid.addRow(2, new Label(Tr.tr("posts.col.format")), format);
        grid.addRow(3, new Label(Tr.tr("posts.col.topic")), topic);
        grid.add(error, 1, 4);
        GridPane.setHgrow(page, Priority.ALWAYS);
        GridPane.setHgrow(topic, Priority.ALWAYS);
        grid.setPrefWidth(620);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(SAVE, CANCEL);
        Node save = getDialogPane().lookupButton(SAVE);
        save.setId("post-edit-save");
        save.disableProperty().bind(Bindings.isNotEmpty(problem));
        setResizable(true);
        setResultConverter(b -> {
            if (b != SAVE) {
                return null;
            }
            Optional<LocalTime> t = PostsViewModel.parseTime(time.getText());
            return new Post(p.id(), page.getValue().page().id(), date.getValue().atTime(t.orElseThrow()), p.url(),
                    format.getValue(), topic.getText(), p.text());
        });
    }

    private static final class FormatCell extends ListCell<PostFormat> {
        private final PostsViewModel vm;

        FormatCell(PostsViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(PostFormat item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : vm.formatName(item));
        }
    }
}
