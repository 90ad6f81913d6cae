package ru.officialpages.ui.common;

import java.util.List;
import java.util.function.Function;

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
 * The one way the program prints: through the system's print dialog (on Windows it also offers
 * "Microsoft Print to PDF"), on A4, returning a Russian line for the status bar — done, cancelled,
 * or why not. A single node is scaled down to the page's width; pages made for A4 are printed one
 * per sheet, either laid out for the printer's page ({@link #printPages}) or scaled to it
 * ({@link #printFitted}).
 */
public final class Printing {
    private Printing() {
    }

    /** Prints one node, scaled down to the page's width when it is wider. */
    public static String print(Window owner, Node node, PageOrientation orientation) {
        return run(owner, orientation, "print.noPrinter", (job, layout) -> {
            node.applyCss();
            double width = node.getBoundsInParent().getWidth();
            double scale = width > layout.getPrintableWidth() ? layout.getPrintableWidth() / width : 1;
            return printScaled(job, layout, node, scale);
        });
    }

    /**
     * Prints pages made for the chosen printer's A4 layout, one node per sheet of paper: the
     * caller splits its rows to fit {@link PageLayout#getPrintableHeight()}.
     */
    public static String printPages(Window owner, PageOrientation orientation, Function<PageLayout, List<Node>> pages) {
        return run(owner, orientation, "print.noPrinter", (job, layout) -> {
            for (Node page : pages.apply(layout)) {
                if (!job.printPage(layout, page)) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * Prints pages laid out at {@code width} × {@code height} (the report's A4 pages), each scaled to
     * the printable area. {@code noPrinterKey}: what to say when the computer has no printer.
     */
    public static String printFitted(Window owner, PageOrientation orientation, List<? extends Node> pages, double width,
            double height, String noPrinterKey) {
        return run(owner, orientation, noPrinterKey, (job, layout) -> {
            double scale = Math.min(layout.getPrintableWidth() / width, layout.getPrintableHeight() / height);
            for (Node page : pages) {
                if (!printScaled(job, layout, page, scale)) {
                    return false;
                }
            }
            return true;
        });
    }

    @FunctionalInterface
    private interface Pages {
        boolean print(PrinterJob job, PageLayout layout);
    }

    private static String run(Window owner, PageOrientation orientation, String noPrinterKey, Pages pages) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            return Tr.tr(noPrinterKey);
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Tr.tr(noPrinterKey);
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Tr.tr("print.cancelled");
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, orientation, Printer.MarginType.DEFAULT);
        if (!pages.print(job, layout)) {
            job.cancelJob();
            return Tr.tr("print.failed");
        }
        return job.endJob() ? Tr.tr("print.done") : Tr.tr("print.failed");
    }

    private static boolean printScaled(PrinterJob job, PageLayout layout, Node node, double scale) {
        Scale s = new Scale(scale, scale);
        node.getTransforms().add(s);
        try {
            return job.printPage(layout, node);
        } finally {
            node.getTransforms().remove(s);
        }
    }
}
