package ru.officialpages.ui.moderation;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.domain.BlacklistListing;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.DateField;
import ru.officialpages.ui.common.TableActions;

/** Модерация → Чёрный список: search, the authors taken off on request, taking off from a day; export and print. */
final class BlacklistView extends VBox {

    BlacklistView(BlacklistViewModel vm, ModerationContext context, TableActions blacklistActions) {
        super(10);
        TextField search = new TextField();
        search.setId("blacklist-search");
        search.setPromptText(Tr.tr("moderation.blacklist.search"));
        search.setPrefColumnCount(22);
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> vm.search.set(search.getText()));
        search.textProperty().addListener((o, was, now) -> pause.playFromStart());
        CheckBox all = new CheckBox(Tr.tr("moderation.blacklist.showTakenOff"));
        all.setId("blacklist-show-taken-off");
        all.selectedProperty().bindBidirectional(vm.showTakenOff);

        TableView<BlacklistListing> table = new TableView<>(vm.listings());
        table.setId("blacklist-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        Label empty = new Label(Tr.tr("moderation.blacklist.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(ModerationView.column(Tr.tr("moderation.col.author"), 160, l -> l.entry().authorName()));
        table.getColumns().add(ModerationView.column(Tr.tr("moderation.col.profile"), 170,
                l -> l.entry().authorLink().replaceFirst("^https?://", "")));
        table.getColumns().add(ModerationView.column(Tr.tr("moderation.col.page"), 190,
                l -> l.organizationName() + ", " + context.networkName(l.networkCode())));
        table.getColumns().add(ModerationView.column(Tr.tr("moderation.col.restriction"), 130, l -> Tr.tr(l.entry().restriction().doneKey())));
        TableColumn<BlacklistListing, String> since = ModerationView.column(Tr.tr("moderation.col.since"), 105,
                l -> RuFormat.DATE.format(l.entry().since()));
        TableColumn<BlacklistListing, String> until = ModerationView.column(Tr.tr("moderation.col.until"), 105,
                l -> l.entry().until() == null ? "" : RuFormat.DATE.format(l.entry().until()));
        since.setMinWidth(100);
        until.setMinWidth(100);
        table.getColumns().add(since);
        table.getColumns().add(until);
        table.getColumns().add(ModerationView.column(Tr.tr("moderation.col.grounds"), 220, l -> ModerationContext.shortGroundsText(l.entry().grounds())));
        table.getColumns().forEach(c -> c.setSortable(false));
        VBox.setVgrow(table, Priority.ALWAYS);
        // A reload (a search typed, an entry taken off) keeps the chosen author chosen.
        long[] chosen = {-1};
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                chosen[0] = now.entry().id();
            }
        });
        vm.listings().addListener((ListChangeListener<BlacklistListing>) c -> {
            for (int i = 0; i < vm.listings().size(); i++) {
                if (vm.listings().get(i).entry().id() == chosen[0]) {
                    table.getSelectionModel().select(i);
                    return;
                }
            }
        });

        DateField untilField = new DateField("blacklist-until");
        untilField.setPrefWidth(140);
        untilField.valueProperty().bindBidirectional(vm.takeOffDay);
        Button takeOff = new Button(Tr.tr("moderation.blacklist.takeOff"));
        takeOff.setId("blacklist-take-off");
        takeOff.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        takeOff.setOnAction(e -> {
            BlacklistListing l = table.getSelectionModel().getSelectedItem();
            if (l != null) {
                vm.takeOff(l);
            }
        });
        Label untilLabel = new Label(Tr.tr("moderation.blacklist.from"));
        untilLabel.setMinWidth(Region.USE_PREF_SIZE);
        takeOff.setMinWidth(Region.USE_PREF_SIZE);
        all.setMinWidth(Region.USE_PREF_SIZE);
        untilField.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, search, all, new Region(), untilLabel, untilField, takeOff);
        HBox.setHgrow(bar.getChildren().get(2), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Tr.tr("moderation.blacklist.hint"));
        hint.setWrapText(true);
        // Wrapped, it takes the lines it needs (at 125 % scaling it needs two), never «…».
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        // Export and print sit beside the hint: the bar above keeps room for the day to take off from.
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox hintRow = new HBox(8, hint, blacklistActions.exportButton(), blacklistActions.printButton());
        hintRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, hintRow, blacklistActions.noticeNode(), table);
        setPadding(new Insets(10, 0, 0, 0));
    }
}
