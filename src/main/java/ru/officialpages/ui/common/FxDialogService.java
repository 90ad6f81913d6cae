package ru.officialpages.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.officialpages.i18n.Tr;

/** Dialogs with Russian buttons: JavaFX has no Russian texts of its own. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(Throwable error) {
        LOG.error("Shown to the user", error);
        Alert alert = new Alert(Alert.AlertType.ERROR, userText(error), ok());
        alert.initOwner(owner);
        alert.setTitle(Tr.tr("error.title"));
        alert.setHeaderText(Tr.tr("error.header"));
        alert.showAndWait();
    }

    /** A desk's refusal and storage's errors are said in Russian (desk.Refusals); anything else is a bug, said as such. */
    static String userText(Throwable error) {
        Throwable t = error;
        while (t != null) {
            if (ru.officialpages.desk.Refusals.isSaid(t)) {
                return ru.officialpages.desk.Refusals.russian(t);
            }
            t = t.getCause();
        }
        return Tr.tr("error.unexpected");
    }

    @Override
    public void showInfo(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ok());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String question, String yesText) {
        ButtonType yes = new ButtonType(yesText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Tr.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private static ButtonType ok() {
        return new ButtonType(Tr.tr("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }
}
