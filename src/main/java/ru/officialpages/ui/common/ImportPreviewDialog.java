package ru.officialpages.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import ru.officialpages.i18n.Tr;

/**
 * What an import would do, before it does it: every row or every error with its line. "Загрузить"
 * is refused while there is an error, so a file is taken whole or not at all.
 */
public final class ImportPreviewDialog extends Dialog<Boolean> {

    public ImportPreviewDialog(Window owner, String title, String summary, List<String> errors, List<String> warnings,
            List<String> rows, boolean canApply) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(summary);
        getDialogPane().setId("import-preview-dialog");
        getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        ButtonType apply = new ButtonType(Tr.tr("import.preview.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Tr.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(apply, cancel);
        getDialogPane().lookupButton(apply).setDisable(!canApply);
        ListView<String> list = new ListView<>();
        list.setId("import-preview-lines");
        list.getItems().addAll(errors);
        list.getItems().addAll(warnings);
        list.getItems().addAll(rows);
        list.setPrefSize(720, 360);
        VBox box = new VBox(8);
        if (!errors.isEmpty()) {
            Label refused = new Label(Tr.tr("import.preview.refused"));
            refused.setWrapText(true);
            refused.getStyleClass().add(Styles.DANGER);
            box.getChildren().add(refused);
        }
        box.getChildren().add(list);
        getDialogPane().setContent(box);
        setResultConverter(b -> b == apply);
    }
}
