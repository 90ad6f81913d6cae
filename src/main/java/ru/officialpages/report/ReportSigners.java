package ru.officialpages.report;

import java.util.ArrayList;
import java.util.List;

import ru.officialpages.domain.Settings;
import ru.officialpages.i18n.Tr;

/** Whose report it is and who signs it: the municipality, the preparer and the head (from Настройки). */
public record ReportSigners(String municipality, String preparer, String head) {

    public ReportSigners {
        municipality = municipality == null ? "" : municipality.strip();
        preparer = preparer == null ? "" : preparer.strip();
        head = head == null ? "" : head.strip();
    }

    public static ReportSigners of(Settings s) {
        return new ReportSigners(s.municipality(), (s.preparerPosition() + " " + s.preparerName()).strip(),
                (s.headPosition().isBlank() ? "" : s.headPosition() + " ") + s.headName());
    }

    /** "Подготовил: …" (when known) and the head's line with room for a signature. */
    public List<String> signatureLines() {
        List<String> lines = new ArrayList<>();
        lines.add(Tr.tr("report.prepared", preparer.isBlank() ? "______________" : preparer));
        lines.add(Tr.tr("report.weekly.head", head.isBlank() ? Tr.tr("report.weekly.headDefault") : head));
        return lines;
    }
}
