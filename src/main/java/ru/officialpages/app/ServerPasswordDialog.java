package ru.officialpages.app;

import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.slf4j.LoggerFactory;
import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.ServerAddress;
import ru.officialpages.ui.Theme;

/**
 * Asks for the district database's password at start when the address has none (issue 19 item 1: the
 * password is not kept in plain text). «Подключиться» connects at once; a wrong password or a server
 * that does not answer is said under the field, and the dialog stays for another try.
 */
final class ServerPasswordDialog {
    private ServerPasswordDialog() {
    }

    /** The opened data, or empty when the user chose «Отмена». */
    static <T> Optional<T> ask(ServerAddress server, Function<ServerAddress, T> connect) {
        Theme.apply();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Tr.tr("app.title"));
        dialog.setHeaderText(Tr.tr("server.window.password.header", server.display()));
        PasswordField password = new PasswordField();
        password.setId("server-password");
        password.setPromptText(Tr.tr("server.window.password.prompt"));
        Label error = new Label();
        error.setId("server-password-error");
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.getStyleClass().add("danger");
        VBox box = new VBox(10, new Label(Tr.tr("server.window.password.label")), password, error);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        ButtonType connectButton = new ButtonType(Tr.tr("server.window.password.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Tr.tr("server.window.password.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(connectButton, cancel);
        dialog.getDialogPane().lookupButton(connectButton).setId("server-connect");
        @SuppressWarnings("unchecked")
        T[] opened = (T[]) new Object[1];
        javafx.scene.Node connectNode = dialog.getDialogPane().lookupButton(connectButton);
        // Connecting takes up to the driver's ten seconds on a server that does not answer: off the UI thread,
        // with the button disabled meanwhile; the dialog closes itself once the data is open.
        connectNode.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            ServerAddress withPassword = server.as(server.login(), password.getText());
            connectNode.setDisable(true);
            password.setDisable(true);
            error.setText(Tr.tr("server.window.password.connecting"));
            Thread connecting = new Thread(() -> {
                try {
                    T data = connect.apply(withPassword);
                    javafx.application.Platform.runLater(() -> {
                        opened[0] = data;
                        dialog.setResult(connectButton);
                        dialog.close();
                    });
                } catch (RuntimeException failure) {
                    LoggerFactory.getLogger(ServerPasswordDialog.class).warn("Could not connect to {}", server.display(), failure);
                    String message = said(failure);
                    javafx.application.Platform.runLater(() -> {
                        error.setText(message);
                        connectNode.setDisable(false);
                        password.setDisable(false);
                        password.selectAll();
                        password.requestFocus();
                    });
                }
            }, "server-connect");
            connecting.setDaemon(true);
            connecting.start();
        });
        javafx.application.Platform.runLater(password::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.filter(connectButton::equals).map(b -> opened[0]);
    }

    /** What to say of a failed connection: a refusal in Russian as it is, anything else as unexpected. */
    static String said(Throwable failure) {
        if (failure instanceof ru.officialpages.desk.SignInRefusal) {
            return failure.getMessage();
        }
        return ru.officialpages.desk.Refusals.isSaid(failure) ? ru.officialpages.desk.Refusals.russian(failure)
                : Tr.tr("error.unexpected");
    }
}
