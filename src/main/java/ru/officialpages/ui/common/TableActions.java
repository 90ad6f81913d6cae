package ru.officialpages.ui.common;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.print.PageOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.report.TableExport;

/**
 * «Экспорт в Excel» and «Печать» for a table screen, with Ctrl+E and Ctrl+P while the screen is
 * shown. The export asks for a file ({@link SaveFileDialog}), writes in the background with a
 * progress bar and «Отмена», then offers «Открыть файл» and «Показать в папке». Printing goes
 * through the system's print dialog, A4, landscape when the columns are wide, page numbers and
 * the municipality and title on every page. See {@link TableExport} for how a screen is wired.
 */
public final class TableActions {
    /** A printout of more rows than this is refused: Excel prints a long log better than we do. */
    public static final int MAX_PRINT_ROWS = 3_000;
    private static final DateTimeFormatter FILE_DATE = RuFormat.DATE;

    private final Supplier<TableExport<?>> export;
    private final Supplier<String> municipality;
    private final Supplier<LocalDate> today;
    private final String id;
    private final TableExportJob job = new TableExportJob();
    private final Label message = new Label();
    private final Button exportButton;
    private final Button printButton;
    private final HBox notice;
    private Node screen;

    /**
     * {@code export} describes what the screen shows now (called on the UI thread at each click);
     * {@code id} prefixes the controls' ids: "posts" gives {@code #posts-export-xlsx},
     * {@code #posts-print}, {@code #posts-export-notice}.
     */
    public TableActions(Supplier<TableExport<?>> export, Supplier<String> municipality, Supplier<LocalDate> today,
            String id) {
        this.export = export;
        this.municipality = municipality;
        this.today = today;
        this.id = id;
        exportButton = new Button(Tr.tr("export.xlsx"), Icons.EXCEL.icon());
        exportButton.setId(id + "-export-xlsx");
        exportButton.setMinWidth(Region.USE_PREF_SIZE);
        exportButton.setOnAction(e -> export());
        exportButton.disableProperty().bind(job.runningProperty());
        printButton = new Button(Tr.tr("export.print"), Icons.PRINT.icon());
        printButton.setId(id + "-print");
        printButton.setMinWidth(Region.USE_PREF_SIZE);
        printButton.setOnAction(e -> print());
        notice = notice();
    }

    public Button exportButton() {
        return exportButton;
    }

    public Button printButton() {
        return printButton;
    }

    /** The line under the toolbar: progress with «Отмена», then the result with its two links. */
    public Node noticeNode() {
        return notice;
    }

    private HBox notice() {
        message.setId(id + "-export-message");
        message.setWrapText(true);
        message.setMinWidth(0);
        message.textProperty().bind(job.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId(id + "-export-progress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(job.progressProperty());
        bar.visibleProperty().bind(job.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Button cancel = new Button(Tr.tr("button.cancel"));
        cancel.setId(id + "-export-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.visibleProperty().bind(job.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> job.cancel());
        Hyperlink open = new Hyperlink(Tr.tr("export.open"));
        open.setId(id + "-export-open");
        open.setOnAction(e -> FileOpener.open(job.savedProperty().get()));
        Hyperlink folder = new Hyperlink(Tr.tr("export.showInFolder"));
        folder.setId(id + "-export-folder");
        folder.setOnAction(e -> FileOpener.showInFolder(job.savedProperty().get()));
        for (Hyperlink l : List.of(open, folder)) {
            l.visibleProperty().bind(job.savedProperty().isNotNull());
            l.managedProperty().bind(l.visibleProperty());
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        Button close = new Button(null, Icons.CLOSE.icon());
        close.setId(id + "-export-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setAccessibleText(Tr.tr("export.close"));
        close.visibleProperty().bind(job.runningProperty().not());
        close.managedProperty().bind(close.visibleProperty());
        HBox box = new HBox(8, bar, message, cancel, open, folder, close);
        box.setId(id + "-export-notice");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("export-notice");
        box.setVisible(false);
        box.managedProperty().bind(box.visibleProperty());
        job.messageProperty().addListener((o, was, now) -> box.setVisible(!now.isEmpty()));
        job.failedProperty().addListener((o, was, now) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(now ? Styles.DANGER : Styles.SUCCESS);
        });
        close.setOnAction(e -> box.setVisible(false));
        return box;
    }

    /** Asks for a file and writes what the screen shows to it. */
    public void export() {
        Window owner = owner();
        if (job.runningProperty().get() || owner == null) {
            return;
        }
        TableExport<?> what = export.get();
        String name = what.title() + " " + FILE_DATE.format(today.get()) + ".xlsx";
        SaveFileDialog.of(owner).choose(owner, name).ifPresent(file -> job.start(what, file, municipality.get()));
    }

    /** Prints what the screen shows through the system's print dialog. */
    public void print() {
        Window owner = owner();
        if (owner == null) {
            return;
        }
        if (javafx.print.Printer.getDefaultPrinter() == null && javafx.print.Printer.getAllPrinters().isEmpty()) {
            showMessage(Tr.tr("export.print.noPrinter"));
            return;
        }
        TableExport<?> what = export.get();
        List<List<String>> rows = what.textRows(MAX_PRINT_ROWS);
        if (rows.size() > MAX_PRINT_ROWS) {
            showMessage(Tr.tr("export.print.tooMany", MAX_PRINT_ROWS));
            return;
        }
        TablePrintout printout = new TablePrintout(what.fullTitle(municipality.get()), what.filterLine(), what.headers(),
                what.widths(), rows);
        PageOrientation orientation = what.orientation() == ru.officialpages.report.PageOrientation.LANDSCAPE
                ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
        showMessage(Printing.printPages(owner, orientation,
                layout -> printout.pages(layout.getPrintableWidth(), layout.getPrintableHeight())));
    }

    private void showMessage(String text) {
        job.note(text);
    }

    /**
     * Ctrl+E exports and Ctrl+P prints while {@code screen} is in the window (the main window
     * shows one screen at a time). Neither key is taken by the window, the text fields or the
     * other screens (they use Ctrl+1…8, Ctrl+N, Ctrl+S, Ctrl+A).
     */
    public void installShortcuts(Node screen) {
        installShortcuts(screen, this::export, this::print);
    }

    /**
     * The same keys for a screen whose buttons do more than this table (the plan exports its
     * month for approval outside the list view): the keys run {@code onExport} / {@code onPrint}.
     */
    public void installShortcuts(Node screen, Runnable onExport, Runnable onPrint) {
        this.screen = screen;
        String key = "table-actions." + id;
        screen.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && !scene.getProperties().containsKey(key)) {
                scene.getProperties().put(key, Boolean.TRUE);
                scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                    if (screen.getScene() != scene || !screen.isVisible() || !e.isShortcutDown()) {
                        return;
                    }
                    if (e.getCode() == KeyCode.E && !job.runningProperty().get()) {
                        onExport.run();
                        e.consume();
                    } else if (e.getCode() == KeyCode.P) {
                        onPrint.run();
                        e.consume();
                    }
                });
            }
        });
    }

    /** The window to ask in: the buttons' if they are shown, else the screen's. */
    private Window owner() {
        if (exportButton.getScene() != null) {
            return exportButton.getScene().getWindow();
        }
        return screen == null || screen.getScene() == null ? null : screen.getScene().getWindow();
    }

    /** The export in progress or done, for screens that show more of it. */
    public TableExportJob job() {
        return job;
    }
}
