package ru.officialpages.imports;

import ru.officialpages.i18n.Tr;

/** Something wrong in an import file; {@code line} is the file's line (0: the whole file). */
public record ImportProblem(int line, String message) {

    /** "Строка 7: …", as the user reads it. */
    public String text() {
        String named = Tr.tr("import.pages.line", line, "").strip().replace(":", "");
        if (line == 0 || message.startsWith(named + ":") || message.startsWith(named + ",")) {
            // The reader's own message already names the line («Строка 502, столбец 5: …»): not twice.
            return message;
        }
        return Tr.tr("import.pages.line", line, message);
    }
}
