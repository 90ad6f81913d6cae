package ru.officialpages.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import ru.officialpages.i18n.Tr;

/**
 * Asks where to save an .xlsx file. The system's file chooser cannot be driven by a test robot,
 * so a window may carry another one in its properties: a test puts
 * {@code stage.getProperties().put(SaveFileDialog.class, (owner, name) -> Optional.of(file))}
 * and every export of that window saves there without a dialog.
 */
@FunctionalInterface
public interface SaveFileDialog {
    /** The file to write, or empty when the user cancelled; {@code suggestedName} ends in .xlsx. */
    Optional<Path> choose(Window owner, String suggestedName);

    /** The window's own dialog if it has one (tests), else the system's, starting in the last folder used. */
    static SaveFileDialog of(Window owner) {
        if (owner != null && owner.getProperties().get(SaveFileDialog.class) instanceof SaveFileDialog own) {
            return own;
        }
        return SaveFileDialog::system;
    }

    private static Optional<Path> system(Window owner, String suggestedName) {
        Preferences prefs = Preferences.userRoot().node("ru/officialpages/ui");
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Tr.tr("export.choose.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Tr.tr("plan.export.filter"), "*.xlsx"));
        chooser.setInitialFileName(suggestedName);
        File last = new File(prefs.get("export.folder", System.getProperty("user.home")));
        if (last.isDirectory()) {
            chooser.setInitialDirectory(last);
        }
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        if (f.getParentFile() != null) {
            prefs.put("export.folder", f.getParentFile().getAbsolutePath());
        }
        Path p = f.toPath();
        return Optional.of(p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? p
                : p.resolveSibling(p.getFileName() + ".xlsx"));
    }
}
