package ru.officialpages.ui.posts;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import ru.officialpages.domain.PostEntry;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.CheckedTextEditor;
import ru.officialpages.ui.common.TextCheckService;

/** The text of a logged post in the checked editor: findings underlined, fixes in one click. */
final class PostTextDialog extends Dialog<String> {
    static final ButtonType SAVE = new ButtonType(Tr.tr("button.save"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(Tr.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    PostTextDialog(Window owner, PostEntry entry, String text, TextCheckService checks) {
        initOwner(owner);
        setTitle(Tr.tr("posts.text.title"));
        setHeaderText(Tr.tr("posts.text.header", PostsView.DATE_TIME.format(entry.post().publishedAt()),
                entry.organizationName(), entry.post().topic().isEmpty() ? entry.post().url() : entry.post().topic()));
        getDialogPane().setId("post-text-dialog");
        getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        CheckedTextEditor editor = new CheckedTextEditor("post-text", text, checks);
        editor.setPrefWidth(680);
        getDialogPane().setContent(editor);
        getDialogPane().getButtonTypes().addAll(SAVE, CANCEL);
        setResizable(true);
        setResultConverter(b -> b == SAVE ? editor.getText() : null);
    }
}
