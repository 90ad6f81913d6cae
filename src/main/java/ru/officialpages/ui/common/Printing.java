package ru.officialpages.ui.common;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import ru.officialpages.i18n.Tr;

/**
 * Prints a node on A4 through the system's print dialog (on Windows it also offers
 * "Microsoft Print to PDF"), scaled down to the page's width when it is wider.
 */
public final class Printing {
    private Printing() {
    }

    /** Prints; returns a Russian line for the status bar: done, cancelled, or why not. */
    public static String print(Window owner, Node node, PageOrientation orientation) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            return Tr.tr("print.noPrinter");
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Tr.tr("print.noPrinter");
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Tr.tr("print.cancelled");
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, orientation, Printer.MarginType.DEFAULT);
        node.applyCss();
        double width = node.getBoundsInParent().getWidth();
        double scale = width > layout.getPrintableWidth() ? layout.getPrintableWidth() / width : 1;
        Scale s = new Scale(scale, scale);
        node.getTransforms().add(s);
        boolean ok = job.printPage(layout, node);
        node.getTransforms().remove(s);
        if (ok && job.endJob()) {
            return Tr.tr("print.done");
        }
        return Tr.tr("print.failed");
    }

    /**
     * Prints pages made for the chosen printer's A4 layout, one node per sheet of paper: the
     * caller splits its rows to fit {@link PageLayout#getPrintableHeight()}. Returns a Russian
     * line for the status bar.
     */
    public static String printPages(Window owner, PageOrientation orientation,
            java.util.function.Function<PageLayout, java.util.List<Node>> pages) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            return Tr.tr("print.noPrinter");
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Tr.tr("print.noPrinter");
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Tr.tr("print.cancelled");
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, orientation, Printer.MarginType.DEFAULT);
        for (Node page : pages.apply(layout)) {
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                return Tr.tr("print.failed");
            }
        }
        return job.endJob() ? Tr.tr("print.done") : Tr.tr("print.failed");
    }
}
