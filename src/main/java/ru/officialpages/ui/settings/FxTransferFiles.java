package ru.officialpages.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import ru.officialpages.i18n.Tr;

/** {@link TransferFiles} through the system's save and open dialogs, owned by the main window. */
public final class FxTransferFiles implements TransferFiles {
    private final Window owner;

    public FxTransferFiles(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> exportTarget(String suggestedName) {
        FileChooser chooser = chooser(Tr.tr("transfer.ui.export.title"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> workbookToLoad() {
        return Optional.ofNullable(chooser(Tr.tr("transfer.ui.load.title")).showOpenDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Tr.tr("transfer.ui.filter"), "*.xlsx"));
        return c;
    }
}
