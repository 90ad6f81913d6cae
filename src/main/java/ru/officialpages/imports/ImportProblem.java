package ru.officialpages.imports;

import ru.officialpages.i18n.Tr;

/** Something wrong in an import file; {@code line} is the file's line (0: the whole file). */
public record ImportProblem(int line, String message) {

    /** "Строка 7: …", as the user reads it. */
    public String text() {
        return line == 0 ? message : Tr.tr("import.pages.line", line, message);
    }
}
