package ru.officialpages.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import ru.officialpages.desk.ServerChoice;
import ru.officialpages.desk.SignInRefusal.Field;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.Theme;
import ru.officialpages.ui.common.FieldBox;
import ru.officialpages.ui.common.FxDialogService;
import ru.officialpages.ui.common.FxTaskExecutor;

/**
 * The window «Подключиться к районной базе» (issue 19 item 1), from the first start and from Настройки →
 * Районная база: each refusal under its field, progress while the server is tried, the window reopened on
 * the server once it lets the login in.
 */
public final class DistrictConnectDialog {
    private DistrictConnectDialog() {
    }

    /** Shows the window over {@code owner}; with {@code known}, its fields start with the remembered server. */
    public static Stage show(Window owner, DistrictConnectViewModel.Connector connector, Optional<ServerChoice> known) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Tr.tr("server.connect.title"));
        // Its own thread: a server that does not answer takes ten seconds, which must not hold the window's data tasks.
        FxTaskExecutor executor = new FxTaskExecutor(new FxDialogService(stage));
        DistrictConnectViewModel vm = new DistrictConnectViewModel(connector, executor, known);

        Label title = new Label(Tr.tr("server.connect.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(Tr.tr("server.connect.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        TextField server = field("district-server", Tr.tr("server.connect.server.prompt"));
        server.textProperty().bindBidirectional(vm.server);
        TextField database = field("district-database", Tr.tr("server.connect.database.prompt"));
        database.textProperty().bindBidirectional(vm.database);
        TextField login = field("district-login", Tr.tr("server.connect.login.prompt"));
        login.textProperty().bindBidirectional(vm.login);
        PasswordField password = new PasswordField();
        password.setId("district-password");
        password.textProperty().bindBidirectional(vm.password);

        Button connect = new Button(Tr.tr("server.connect.check"));
        connect.setId("district-connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.setDefaultButton(true);
        connect.setMinWidth(Region.USE_PREF_SIZE);
        connect.disableProperty().bind(vm.workingProperty());
        connect.setOnAction(e -> vm.connect(stage::close));
        Button cancel = new Button(Tr.tr("server.connect.cancel"));
        cancel.setId("district-cancel");
        cancel.setCancelButton(true);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> stage.close());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        Label working = new Label(Tr.tr("server.connect.working"));
        working.getStyleClass().add(Styles.TEXT_MUTED);
        HBox busy = new HBox(8, progress, working);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(vm.workingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, connect, busy, gap, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label failure = new Label();
        failure.setId("district-failure");
        failure.setWrapText(true);
        failure.setMinHeight(Region.USE_PREF_SIZE);
        failure.getStyleClass().add(Styles.DANGER);
        failure.textProperty().bind(vm.failureProperty());
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());

        VBox form = new VBox(10, title, intro,
                new FieldBox(Tr.tr("server.connect.server"), server, vm.errorProperty(Field.SERVER)),
                new FieldBox(Tr.tr("server.connect.database"), database, vm.errorProperty(Field.DATABASE)),
                new FieldBox(Tr.tr("server.connect.login"), login, vm.errorProperty(Field.LOGIN)),
                new FieldBox(Tr.tr("server.connect.password"), password, vm.errorProperty(Field.PASSWORD)),
                failure, buttons);
        form.setId("district-connect-form");
        form.setPadding(new Insets(20, 24, 20, 24));
        form.setPrefWidth(520);
        Scene scene = new Scene(form);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.setOnHidden(e -> executor.close());
        // Typing starts in the first empty field: with a remembered server, that is the password.
        TextField first = known.isPresent() ? password : server;
        stage.setOnShown(e -> first.requestFocus());
        stage.show();
        return stage;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }
}
