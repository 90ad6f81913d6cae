package ru.officialpages.ui.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the full export goes and which file to load: asked through the system's file dialogs in
 * the program, answered directly in tests (the dialogs are the system's, not ours to click).
 */
public interface TransferFiles {
    /** The file to write the export to; empty if the user cancelled. */
    Optional<Path> exportTarget(String suggestedName);

    /** The workbook to load; empty if the user cancelled. */
    Optional<Path> workbookToLoad();
}
