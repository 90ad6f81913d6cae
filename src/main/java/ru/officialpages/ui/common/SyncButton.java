package ru.officialpages.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import ru.officialpages.i18n.Tr;

/**
 * «Обновить из соцсетей»: one button, a progress bar with «Остановить» while it reads, and a line
 * saying how it went (each page's lines in its tooltip). Placed over Публикации and Сегодня; both
 * show the window's one {@link SyncViewModel}.
 */
public final class SyncButton extends HBox {

    public SyncButton(SyncViewModel vm) {
        super(8);
        setId("sync-control");
        setAlignment(Pos.CENTER_LEFT);
        Button start = new Button(Tr.tr("sync.ui.button"), new FontIcon("mdi2r-refresh"));
        start.setId("sync-button");
        start.setTooltip(new Tooltip(Tr.tr("sync.ui.button.tip")));
        // F5, as a browser refreshes: registered on the window the control is shown in.
        javafx.scene.input.KeyCombination f5 = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F5);
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.getAccelerators().put(f5, vm::start);
            }
        });
        start.disableProperty().bind(vm.runningProperty());
        start.setOnAction(e -> vm.start());
        ProgressBar bar = new ProgressBar();
        bar.setId("sync-progress");
        bar.setPrefWidth(120);
        bar.progressProperty().bind(vm.progressProperty());
        Button stop = new Button(Tr.tr("sync.ui.stop"));
        stop.setId("sync-cancel");
        stop.getStyleClass().add(Styles.SMALL);
        stop.setOnAction(e -> vm.cancel());
        for (javafx.scene.Node n : new javafx.scene.Node[] {bar, stop}) {
            n.visibleProperty().bind(vm.runningProperty());
            n.managedProperty().bind(vm.runningProperty());
        }
        Label status = new Label();
        status.setId("sync-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(420);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        Tooltip details = new Tooltip();
        details.textProperty().bind(vm.detailsProperty());
        details.setWrapText(true);
        details.setMaxWidth(640);
        status.setTooltip(details);
        vm.failedProperty().addListener((o, was, now) -> {
            status.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
            status.getStyleClass().add(now ? Styles.DANGER : Styles.TEXT_MUTED);
        });
        Hyperlink plan = new Hyperlink();
        plan.setId("sync-plan");
        plan.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Tr.tr("sync.ui.plan", vm.planOffersProperty().get()), vm.planOffersProperty()));
        Tooltip planTip = new Tooltip();
        planTip.setWrapText(true);
        planTip.setMaxWidth(640);
        plan.setTooltip(planTip);
        // Says which items would be marked, before the click marks them.
        vm.planOffersProperty().addListener((o, was, n) -> {
            StringBuilder text = new StringBuilder(Tr.tr("sync.ui.plan.tip"));
            for (var offer : vm.offers()) {
                text.append('\n').append(Tr.tr("sync.cli.planOffer", ru.officialpages.i18n.RuFormat.date(offer.item().day()),
                        offer.pageLabel(), offer.item().topic().isEmpty() ? "—" : offer.item().topic(), offer.url()));
            }
            planTip.setText(text.toString());
        });
        plan.visibleProperty().bind(vm.planOffersProperty().greaterThan(0));
        plan.managedProperty().bind(plan.visibleProperty());
        plan.setOnAction(e -> vm.markPlan());
        // At 1024 pixels the buttons keep their whole words; the status line gives way (its tooltip has it all).
        Toolbar.keepWhole(start);
        Toolbar.keepWhole(stop);
        Toolbar.keepWhole(plan);
        status.setMinWidth(0);
        getChildren().addAll(start, bar, stop, status, plan);
    }
}
