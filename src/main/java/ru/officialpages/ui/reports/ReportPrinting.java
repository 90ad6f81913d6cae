package ru.officialpages.ui.reports;

import java.util.List;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.stage.Window;

import ru.officialpages.i18n.Tr;

/**
 * Prints the report's pages through the system dialog (on Windows it offers "Microsoft Print to
 * PDF" too): A4, each page scaled to the printable area, portrait, since the pages are laid out
 * for it; every page already carries its header and number.
 */
final class ReportPrinting {
    private ReportPrinting() {
    }

    static String print(Window owner, List<Region> pages) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            return Tr.tr("reports.print.noPrinter");
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Tr.tr("reports.print.noPrinter");
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Tr.tr("print.cancelled");
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.DEFAULT);
        for (Region page : pages) {
            double scale = Math.min(layout.getPrintableWidth() / ReportPages.WIDTH, layout.getPrintableHeight() / ReportPages.HEIGHT);
            Scale s = new Scale(scale, scale);
            page.getTransforms().add(s);
            boolean ok = job.printPage(layout, page);
            page.getTransforms().remove(s);
            if (!ok) {
                job.cancelJob();
                return Tr.tr("print.failed");
            }
        }
        return job.endJob() ? Tr.tr("print.done") : Tr.tr("print.failed");
    }
}
