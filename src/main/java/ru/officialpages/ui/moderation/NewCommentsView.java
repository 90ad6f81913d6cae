package ru.officialpages.ui.moderation;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.SyncedComment;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.Icons;

/**
 * Модерация → Новые комментарии: the comments read from the pages, a card each under its page,
 * replies indented under what they answer. The clerk opens one on VK, deletes it there if need be,
 * and records the decision here with one click — or says there is nothing wrong.
 */
final class NewCommentsView extends VBox {
    private static final double INDENT = 28;
    /**
     * Cards drawn at most: a district's first sync can bring thousands of comments, and a card is some
     * twenty controls; the next ones are drawn as these are dealt with.
     */
    static final int SHOWN = 150;
    private final NewCommentsViewModel vm;
    private final Consumer<String> links;
    private final VBox cards = new VBox(10);

    NewCommentsView(NewCommentsViewModel vm, Consumer<String> links) {
        super(10);
        this.vm = vm;
        this.links = links;
        setId("moderation-comments");
        setPadding(new Insets(10, 0, 0, 0));
        Label summary = new Label();
        summary.setId("moderation-comments-summary");
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.textProperty().bind(vm.summaryProperty());
        summary.visibleProperty().bind(vm.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        Label hint = new Label(Tr.tr("moderation.comments.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.visibleProperty().bind(summary.visibleProperty());
        hint.managedProperty().bind(hint.visibleProperty());

        cards.setPadding(new Insets(4, 12, 12, 4));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setId("moderation-comments-scroll");
        scroll.setFitToWidth(true);
        Node empty = empty();
        empty.visibleProperty().bind(summary.visibleProperty().not());
        scroll.visibleProperty().bind(summary.visibleProperty());
        StackPane body = new StackPane(scroll, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(summary, hint, body);
        vm.rows().addListener((ListChangeListener<CommentRow>) c -> draw());
        draw();
    }

    private Node empty() {
        Label title = new Label();
        title.setId("moderation-comments-empty-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.when(vm.everReadProperty())
                .then(Tr.tr("moderation.comments.emptyTitle")).otherwise(Tr.tr("moderation.comments.notReadTitle")));
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label();
        text.setId("moderation-comments-empty");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setStyle("-fx-text-alignment: center;");
        text.textProperty().bind(vm.emptyTextProperty());
        VBox box = new VBox(12, Icons.MODERATION.icon(56), title, text);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void draw() {
        cards.getChildren().clear();
        long page = -1;
        int drawn = 0;
        for (CommentRow row : vm.rows()) {
            if (drawn == SHOWN) {
                Label more = new Label(Tr.tr("moderation.comments.more", SHOWN, vm.rows().size()));
                more.setId("moderation-comments-more");
                more.setWrapText(true);
                more.getStyleClass().add(Styles.TEXT_MUTED);
                cards.getChildren().add(more);
                break;
            }
            if (row.comment().pageId() != page) {
                page = row.comment().pageId();
                cards.getChildren().add(pageHeader(row));
            }
            cards.getChildren().add(card(row));
            drawn++;
        }
    }

    private Node pageHeader(CommentRow first) {
        long pageId = first.comment().pageId();
        Label label = new Label(first.pageLabel());
        label.getStyleClass().add(Styles.TITLE_4);
        label.setWrapText(true);
        label.setMnemonicParsing(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button fine = new Button(Tr.tr("moderation.comments.pageFineButton"));
        fine.setId("comments-page-fine-" + pageId);
        fine.setMinWidth(Region.USE_PREF_SIZE);
        fine.setOnAction(e -> vm.pageHasNoViolations(pageId));
        HBox header = new HBox(8, label, gap, fine);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 0, 0, 0));
        return header;
    }

    private Node card(CommentRow row) {
        SyncedComment c = row.comment();
        long id = c.id();
        Hyperlink author = new Hyperlink(c.authorName().isBlank() ? Tr.tr("moderation.comments.noName") : c.authorName());
        author.setId("comment-author-" + id);
        author.setMnemonicParsing(false);
        author.getStyleClass().add(Styles.TEXT_BOLD);
        author.setDisable(c.authorLink().isBlank());
        author.setOnAction(e -> links.accept(c.authorLink()));
        Label when = new Label(RuFormat.dateTime(c.writtenAt()));
        when.setId("comment-time-" + id);
        when.getStyleClass().add(Styles.TEXT_MUTED);
        when.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, author, when);
        top.setAlignment(Pos.CENTER_LEFT);
        if (row.depth() > 0) {
            Label reply = new Label(Tr.tr("moderation.comments.reply"));
            reply.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            reply.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(reply);
        }
        Button open = new Button(Tr.tr("moderation.comments.open"));
        open.setId("comment-open-" + id);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> links.accept(c.link().isBlank() ? c.postLink() : c.link()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        top.getChildren().addAll(gap, open);

        Label text = new Label(c.text());
        text.setId("comment-text-" + id);
        text.setWrapText(true);
        text.setMnemonicParsing(false);
        Hyperlink post = new Hyperlink(Tr.tr("moderation.comments.post", c.postLink().replaceFirst("^https?://", "")));
        post.setId("comment-post-" + id);
        post.setMnemonicParsing(false);
        post.getStyleClass().add(Styles.TEXT_SMALL);
        post.setOnAction(e -> links.accept(c.postLink()));

        VBox box = new VBox(6, top, text, post);
        if (!row.suggestions().isEmpty()) {
            VBox said = new VBox(2);
            said.setId("comment-suggestions-" + id);
            for (String s : row.suggestions()) {
                Label l = new Label(s);
                l.setWrapText(true);
                l.setMnemonicParsing(false);
                said.getChildren().add(l);
            }
            said.setPadding(new Insets(6));
            said.setStyle("-fx-background-color: -color-warning-subtle; -fx-background-radius: 6;");
            box.getChildren().add(said);
        }

        MenuButton grounds = new MenuButton();
        grounds.setId("comment-grounds-" + id);
        grounds.setMnemonicParsing(false);
        // As wide as the grounds ticked (the row wraps when they are many); the whole list is in the tooltip.
        grounds.setMinWidth(Region.USE_PREF_SIZE);
        grounds.setMaxWidth(520);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        grounds.setTooltip(tip);
        Runnable title = () -> {
            grounds.setText(row.chosenGrounds().isEmpty() ? Tr.tr("moderation.comments.grounds")
                    : ModerationContext.shortGroundsText(row.chosenGrounds()));
            tip.setText(row.chosenGrounds().isEmpty() ? Tr.tr("moderation.comments.grounds")
                    : ModerationContext.groundsText(row.chosenGrounds()));
        };
        for (DeletionGround g : DeletionGround.values()) {
            CheckMenuItem item = new CheckMenuItem(Tr.tr(ModerationView.SHORT + g.name()));
            item.setId("comment-ground-" + id + "-" + g.name());
            item.selectedProperty().bindBidirectional(row.chosen(g));
            row.chosen(g).addListener(o -> title.run());
            grounds.getItems().add(item);
        }
        title.run();
        ComboBox<ModerationAction> action = new ComboBox<>(FXCollections.observableArrayList(ModerationAction.values()));
        action.setId("comment-action-" + id);
        action.setPrefWidth(180);
        action.setCellFactory(l -> new ActionCell());
        action.setButtonCell(new ActionCell());
        action.valueProperty().bindBidirectional(row.actionProperty());
        Button record = new Button(Tr.tr("moderation.comments.record"), Icons.SAVE.icon());
        record.setId("comment-record-" + id);
        record.getStyleClass().add(Styles.ACCENT);
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.setOnAction(e -> vm.record(row));
        Button fine = new Button(Tr.tr("moderation.comments.fineButton"));
        fine.setId("comment-fine-" + id);
        fine.setMinWidth(Region.USE_PREF_SIZE);
        fine.setOnAction(e -> vm.noViolations(row));
        FlowPane decide = new FlowPane(8, 6, grounds, action, record, fine);
        decide.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("comment-error-" + id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(row.errorProperty());
        error.visibleProperty().bind(row.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        box.getChildren().addAll(decide, error);
        box.setId("comment-" + id);
        box.getStyleClass().add("entry-card");
        box.setPadding(new Insets(10));
        VBox.setMargin(box, new Insets(0, 0, 0, INDENT * Math.min(row.depth(), 3)));
        return box;
    }

    private static final class ActionCell extends ListCell<ModerationAction> {
        @Override
        protected void updateItem(ModerationAction item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Tr.tr(item.doneKey()));
        }
    }
}
