package ru.officialpages.ui.setup;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.Icons;
import ru.officialpages.ui.settings.SettingsForm;

/** The first-start page: a short form, the demo-data offer and one button to begin. */
public final class SetupView extends ScrollPane {

    public SetupView(SetupViewModel vm, Runnable done) {
        setId("setup-view");
        setFitToWidth(true);
        Label title = new Label(Tr.tr("setup.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(Tr.tr("setup.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        CheckBox demo = new CheckBox(Tr.tr("setup.demo"));
        demo.setId("setup-demo");
        demo.setGraphic(Icons.DEMO.icon());
        demo.selectedProperty().bindBidirectional(vm.loadDemoProperty());
        Label demoHint = new Label(Tr.tr("setup.demo.hint"));
        demoHint.setWrapText(true);
        demoHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        Button start = new Button(Tr.tr("setup.start"), Icons.DONE.icon());
        start.setId("setup-start");
        start.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.form().validProperty().not().or(vm.workingProperty()));
        start.setOnAction(e -> vm.finish(done));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(vm.workingProperty());
        HBox buttons = new HBox(12, start, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(14, title, intro, new SettingsForm(vm.form()), new VBox(4, demo, demoHint), buttons);
        card.getStyleClass().add("setup-card");
        card.setMaxWidth(760);
        card.setPadding(new Insets(24, 32, 24, 32));
        VBox outer = new VBox(card);
        outer.setAlignment(Pos.TOP_CENTER);
        outer.setPadding(new Insets(24));
        setContent(outer);
    }
}
