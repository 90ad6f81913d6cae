package ru.officialpages.ui.plan;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import ru.officialpages.domain.Settings;
import ru.officialpages.i18n.Tr;
import ru.officialpages.report.PlanSheet;
import ru.officialpages.ui.common.DateField;

/** The plan as it goes on paper for approval: title, a row per item, who prepared it, the head's signature. */
final class PlanPrintout extends VBox {
    private static final double[] WIDTHS = {70, 40, 200, 220, 120, 70, 80};

    PlanPrintout(String period, List<PlanSheet.Row> rows, Settings settings) {
        super(8);
        setPadding(new Insets(4));
        setStyle("-fx-background-color: white; -fx-font-size: 10px;");
        String municipality = settings == null ? "" : settings.municipality();
        Label title = new Label(Tr.tr("report.plan.title", municipality));
        title.setStyle("-fx-font-size: 14px; -fx-font-weight: bold;");
        Label subtitle = new Label(period);
        GridPane table = new GridPane();
        table.setId("plan-printout");
        table.setStyle("-fx-grid-lines-visible: true;");
        for (double w : WIDTHS) {
            table.getColumnConstraints().add(new ColumnConstraints(w));
        }
        String[] heads = {Tr.tr("report.plan.col.day"), Tr.tr("report.plan.col.time"), Tr.tr("report.plan.col.pages"),
            Tr.tr("report.plan.col.topic"), Tr.tr("report.plan.col.occasion"), Tr.tr("report.plan.col.format"),
            Tr.tr("report.plan.col.status")};
        for (int c = 0; c < heads.length; c++) {
            Label h = cell(heads[c]);
            h.setStyle("-fx-font-weight: bold;");
            table.add(h, c, 0);
        }
        int r = 1;
        for (PlanSheet.Row row : rows) {
            String[] values = {DateField.FORMAT.format(row.day()), row.time(), row.pages(), row.topic(), row.occasion(),
                row.format(), row.status()};
            for (int c = 0; c < values.length; c++) {
                table.add(cell(values[c]), c, r);
            }
            r++;
        }
        getChildren().addAll(title, subtitle, table);
        if (settings != null && !settings.preparerName().isBlank()) {
            getChildren().add(new Label(Tr.tr("report.prepared",
                    (settings.preparerPosition() + " " + settings.preparerName()).strip())));
        }
        getChildren().add(new Label(Tr.tr("report.plan.approved", settings == null ? "" : settings.headName())));
    }

    private static Label cell(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPadding(new Insets(2, 4, 2, 4));
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    int rowCount() {
        return (int) ((GridPane) getChildren().get(2)).getChildren().stream()
                .filter(n -> GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) == 0).count() - 1;
    }
}
