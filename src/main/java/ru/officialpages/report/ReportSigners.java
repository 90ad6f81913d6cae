package ru.officialpages.report;

import java.util.ArrayList;
import java.util.List;

import ru.officialpages.domain.Settings;
import ru.officialpages.i18n.Tr;

/**
 * Whose report it is and who signs it (from Настройки): the municipality, the preparer with their
 * position, and the head's position and name for the signature line.
 */
public record ReportSigners(String municipality, String preparer, String headPosition, String headName) {

    public ReportSigners {
        municipality = municipality == null ? "" : municipality.strip();
        preparer = preparer == null ? "" : preparer.strip();
        headPosition = headPosition == null || headPosition.isBlank() ? Tr.tr("report.weekly.headDefault") : headPosition.strip();
        headName = headName == null ? "" : headName.strip();
    }

    public static ReportSigners of(Settings s) {
        return new ReportSigners(s.municipality(), (s.preparerPosition() + " " + s.preparerName()).strip(), s.headPosition(),
                s.headName());
    }

    /** "Подготовил: …" (when known) and the head's line with room for a signature. */
    public List<String> signatureLines() {
        List<String> lines = new ArrayList<>();
        lines.add(Tr.tr("report.prepared", preparer.isBlank() ? "______________" : preparer));
        lines.add(Tr.tr("report.weekly.head", headPosition, headName));
        return lines;
    }
}
