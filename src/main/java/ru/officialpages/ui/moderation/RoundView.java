package ru.officialpages.ui.moderation;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ru.officialpages.i18n.Tr;


/** Модерация → Обход страниц: today's check of every active page, and how the week went. */
final class RoundView extends VBox {
    /**
     * The round's rows are drawn only while its tab is shown: with 200 pages they are 400 controls, and
     * styling them made opening Модерация take a second (docs/performance.md) for a tab seen once a day.
     */
    RoundView(RoundViewModel vm, javafx.beans.value.ObservableBooleanValue shown) {
        Label week = new Label();
        week.setId("round-week");
        week.getStyleClass().add(Styles.TITLE_4);
        week.setWrapText(true);
        week.textProperty().bind(vm.weekProperty());
        Label lastWeek = new Label();
        lastWeek.setId("round-last-week");
        lastWeek.getStyleClass().add(Styles.TEXT_MUTED);
        lastWeek.textProperty().bind(vm.lastWeekProperty());
        Label hint = new Label(Tr.tr("moderation.round.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button all = new Button(Tr.tr("moderation.round.all"));
        all.setId("round-check-all");
        all.setOnAction(e -> vm.checkAll());
        GridPane list = new GridPane();
        list.setId("round-list");
        list.setHgap(16);
        list.setVgap(8);
        Runnable draw = () -> {
            list.getChildren().clear();
            int r = 0;
            for (RoundRow row : vm.rows()) {
                CheckBox box = new CheckBox(row.label());
                // Addresses have underscores ("vk.com/berezovka_sp"), not mnemonics.
                box.setMnemonicParsing(false);
                box.setId("round-page-" + row.pageId());
                box.setSelected(row.checkedProperty().get());
                row.checkedProperty().addListener((o, was, now) -> box.setSelected(now));
                box.setOnAction(e -> vm.setChecked(row, box.isSelected()));
                Label at = new Label();
                at.setId("round-time-" + row.pageId());
                at.getStyleClass().add(Styles.TEXT_MUTED);
                at.textProperty().bind(row.timeProperty());
                list.add(box, 0, r);
                list.add(at, 1, r);
                r++;
            }
            if (r == 0) {
                list.add(new Label(Tr.tr("moderation.round.noPages")), 0, 0);
            }
        };
        boolean[] stale = {true};
        Runnable drawIfShown = () -> {
            if (shown.get()) {
                draw.run();
                stale[0] = false;
            } else {
                stale[0] = true;
            }
        };
        vm.rows().addListener((ListChangeListener<RoundRow>) c -> drawIfShown.run());
        shown.addListener((o, was, now) -> {
            if (now && stale[0]) {
                drawIfShown.run();
            }
        });
        VBox box = new VBox(12, new VBox(2, week, lastWeek), hint, list, all);
        box.setPadding(new Insets(14, 4, 4, 4));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        getChildren().add(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
    }
}
