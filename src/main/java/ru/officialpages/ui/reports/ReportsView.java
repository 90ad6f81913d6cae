package ru.officialpages.ui.reports;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.IsoWeek;
import ru.officialpages.ui.common.DateField;
import ru.officialpages.ui.common.EmptyState;
import ru.officialpages.ui.common.Icons;
import ru.officialpages.ui.common.WeekBar;

/**
 * Отчёты: the weekly report for the head (default: the last full week) or a period summary,
 * previewed as the pages it prints on, with "Печать" and "Сохранить в Excel".
 */
public final class ReportsView extends VBox {

    private final ReportsViewModel vm;
    private final VBox pages = new VBox(18);
    private final StackPane body = new StackPane();
    private final ScrollPane preview = new ScrollPane();
    /** The pages on screen, some of them waiting for their rows until scrolled to. */
    private List<ReportPages.Sheet> sheets = List.of();
    private final Runnable fillShownPages = this::fillShownPages;
    private Function<Window, File> saveChooser = w -> chooseFile(w, false);
    private Function<Window, File> pdfChooser = w -> chooseFile(w, true);
    private Consumer<Path> fileOpener = FileActions::open;
    private Consumer<Path> folderShower = FileActions::showInFolder;

    public ReportsView(ReportsViewModel vm) {
        super(10);
        this.vm = vm;
        setId("reports-view");
        // The report is asked for before the screen is built: the database thread reads it while this
        // thread builds, and the first frame shows the report instead of an empty page and a spinner.
        vm.load();
        // The pages' look goes on the scene, not on this view: JavaFX keeps a list of every node
        // under a parent with stylesheets of its own and searches it once per node it styles, so
        // a preview of thousands of cells spent most of its time in that search.
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(fillShownPages);
            }
            if (now != null) {
                // Once the pages have their places, those in view get their rows.
                now.addPostLayoutPulseListener(fillShownPages);
                for (String css : ReportPages.stylesheets()) {
                    if (!now.getStylesheets().contains(css)) {
                        now.getStylesheets().add(css);
                    }
                }
            }
        });

        ToggleGroup modes = new ToggleGroup();
        ToggleButton weekMode = new ToggleButton(Tr.tr("reports.mode.week"));
        weekMode.setId("reports-mode-week");
        weekMode.setToggleGroup(modes);
        weekMode.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton periodMode = new ToggleButton(Tr.tr("reports.mode.period"));
        periodMode.setId("reports-mode-period");
        periodMode.setToggleGroup(modes);
        periodMode.getStyleClass().add(Styles.RIGHT_PILL);
        weekMode.setSelected(true);
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two is always chosen
            }
        });

        // The picker follows the arrows too; only a day of another week (or the week again from the period
        // view) is a new choice.
        WeekBar weekBar = new WeekBar("reports", vm.weekProperty(), vm::previousWeek, vm::nextWeek,
                day -> !(IsoWeek.of(day).equals(vm.weekProperty().get()) && vm.modeProperty().get() == ReportsViewModel.Mode.WEEK),
                vm::weekOf);

        // The period bar (from, to, Показать, the month / quarter / year of the chosen week) is built
        // when the period is first chosen: its two date pickers were a good part of opening the screen.
        HBox periodBar = new HBox(6);
        periodBar.setAlignment(Pos.CENTER_LEFT);
        DateField[] fromTo = new DateField[2];
        Runnable buildPeriodBar = () -> {
            if (periodBar.getChildren().isEmpty()) {
                periodBar.getChildren().setAll(periodControls(fromTo));
            }
        };

        weekMode.setOnAction(e -> vm.showWeek());
        periodMode.setOnAction(e -> {
            buildPeriodBar.run();
            vm.showPeriod(fromTo[0].getValue(), fromTo[1].getValue());
        });
        vm.modeProperty().addListener((o, was, now) -> (now == ReportsViewModel.Mode.WEEK ? weekMode : periodMode).setSelected(true));
        periodMode.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                buildPeriodBar.run();
            }
        });
        weekBar.visibleProperty().bind(weekMode.selectedProperty());
        weekBar.managedProperty().bind(weekBar.visibleProperty());
        periodBar.visibleProperty().bind(periodMode.selectedProperty());
        periodBar.managedProperty().bind(periodBar.visibleProperty());

        Button print = new Button(Tr.tr("reports.print"), Icons.PRINT.icon());
        print.setId("reports-print");
        print.setTooltip(new Tooltip(Tr.tr("reports.print.hint")));
        print.setOnAction(e -> print());
        Button export = new Button(Tr.tr("reports.export"), Icons.EXCEL.icon());
        export.setId("reports-export");
        export.getStyleClass().add(Styles.ACCENT);
        export.setTooltip(new Tooltip(Tr.tr("reports.export.hint")));
        export.setOnAction(e -> export(false));
        Button exportPdf = new Button(Tr.tr("reports.exportPdf"), Icons.PDF.icon());
        exportPdf.setId("reports-export-pdf");
        exportPdf.setTooltip(new Tooltip(Tr.tr("reports.exportPdf.hint")));
        exportPdf.setOnAction(e -> export(true));
        print.disableProperty().bind(vm.shownProperty().isNull().or(vm.loadingProperty()));
        export.disableProperty().bind(vm.shownProperty().isNull().or(vm.loadingProperty()).or(vm.exportingProperty()));
        exportPdf.disableProperty().bind(export.disableProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.loadingProperty().or(vm.exportingProperty()));
        for (javafx.scene.control.ButtonBase b : List.of(weekMode, periodMode, print, export, exportPdf)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox toolbar = new HBox(10, new HBox(weekMode, periodMode), weekBar, periodBar);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("reports-status");
        status.textProperty().bind(vm.statusProperty());
        Button openFile = new Button(Tr.tr("reports.export.open"));
        openFile.setId("reports-open-file");
        openFile.getStyleClass().add(Styles.FLAT);
        openFile.setOnAction(e -> fileOpener.accept(vm.exportedProperty().get()));
        Button showFolder = new Button(Tr.tr("reports.export.folder"));
        showFolder.setId("reports-show-folder");
        showFolder.getStyleClass().add(Styles.FLAT);
        showFolder.setOnAction(e -> folderShower.accept(vm.exportedProperty().get()));
        for (Button b : List.of(openFile, showFolder)) {
            b.visibleProperty().bind(vm.exportedProperty().isNotNull());
            b.managedProperty().bind(b.visibleProperty());
        }
        HBox statusBar = new HBox(8, status, openFile, showFolder, spacer, busy, print, exportPdf, export);
        statusBar.setAlignment(Pos.CENTER_LEFT);

        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(18));
        preview.setContent(pages);
        preview.setFitToWidth(true);
        preview.getStyleClass().add("report-preview");
        preview.setId("reports-preview");
        body.getChildren().add(preview);
        preview.vvalueProperty().addListener((o, was, now) -> fillShownPages());
        preview.viewportBoundsProperty().addListener((o, was, now) -> fillShownPages());
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(toolbar, statusBar, body);

        vm.shownProperty().addListener((o, was, now) -> showPages());
        vm.hasPagesProperty().addListener((o, was, now) -> showPages());
        setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).match(e)) {
                print();
            } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)) {
                export(true);
            } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                export(false);
            } else if (e.getCode() == KeyCode.PAGE_UP && e.isAltDown()) {
                vm.previousWeek();
            } else if (e.getCode() == KeyCode.PAGE_DOWN && e.isAltDown()) {
                vm.nextWeek();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** Tests replace the system's save dialog with one that names a file in their folder. */
    public void setSaveChooser(Function<Window, File> chooser) {
        this.saveChooser = chooser;
    }

    /** Tests replace opening the file and its folder in the desktop with recording the path. */
    public void setFileActions(Consumer<Path> open, Consumer<Path> showFolder) {
        this.fileOpener = open;
        this.folderShower = showFolder;
    }

    private void showPages() {
        if (!vm.hasPagesProperty().get()) {
            body.getChildren().setAll(new EmptyState(ru.officialpages.ui.common.Icons.REPORTS, Tr.tr("empty.reports.title"),
                    Tr.tr("reports.empty.text")));
            return;
        }
        body.getChildren().setAll(preview);
        ReportsViewModel.Shown s = vm.shownProperty().get();
        if (s == null) {
            pages.getChildren().clear();
            sheets = List.of();
            return;
        }
        // Shown 1.3 times the printed size: paper-like, yet the small print stays readable.
        sheets = ReportPages.into(s, pages, p -> {
            p.setScaleX(1.3);
            p.setScaleY(1.3);
            return new Group(p);
        });
    }

    /** Completes the pages that have come into view (the first one is complete from the start). */
    private void fillShownPages() {
        if (preview.getScene() == null || pages.isNeedsLayout() || sheets.stream().allMatch(ReportPages.Sheet::filled)) {
            return; // nothing waits, or the pages have no places yet
        }
        javafx.geometry.Bounds view = preview.localToScene(preview.getLayoutBounds());
        for (ReportPages.Sheet sheet : sheets) {
            if (!sheet.filled() && sheet.frame().localToScene(sheet.frame().getLayoutBounds()).intersects(view)) {
                sheet.fill();
                // Styled and laid out now, so the rows never show for a frame unstyled.
                sheet.page().applyCss();
                sheet.page().layout();
            }
        }
    }

    /** Tests replace the system's save dialog of «Сохранить в PDF» too. */
    public void setPdfChooser(Function<Window, File> chooser) {
        this.pdfChooser = chooser;
    }

    private File chooseFile(Window owner, boolean pdf) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Tr.tr(pdf ? "reports.exportPdf.title" : "reports.export.title"));
        chooser.getExtensionFilters().add(pdf ? new FileChooser.ExtensionFilter(Tr.tr("reports.exportPdf.filter"), "*.pdf")
                : new FileChooser.ExtensionFilter(Tr.tr("plan.export.filter"), "*.xlsx"));
        chooser.setInitialFileName(vm.suggestedFileName(pdf));
        return chooser.showSaveDialog(owner);
    }

    /** Saves what is shown as .xlsx or, with {@code pdf}, as PDF: the writer goes by the file's extension. */
    private void export(boolean pdf) {
        if (vm.shownProperty().get() == null || vm.exportingProperty().get()) {
            return;
        }
        File f = (pdf ? pdfChooser : saveChooser).apply(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            Path path = f.toPath();
            String ext = pdf ? ".pdf" : ".xlsx";
            if (!path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
                path = path.resolveSibling(path.getFileName() + ext);
            }
            vm.export(path);
        }
    }

    private void print() {
        ReportsViewModel.Shown s = vm.shownProperty().get();
        if (s == null) {
            return;
        }
        // Fresh nodes: the preview's are in this window's scene, a printed node needs one of its own.
        List<Region> sheets = ReportPages.of(s);
        for (Region sheet : sheets) {
            Scene scene = new Scene(new Group(sheet));
            scene.getStylesheets().addAll(ReportPages.stylesheets());
            sheet.applyCss();
            sheet.layout();
        }
        vm.statusProperty().set(ru.officialpages.ui.common.Printing.printFitted(getScene().getWindow(),
                javafx.print.PageOrientation.PORTRAIT, sheets, ReportPages.WIDTH, ReportPages.HEIGHT, "reports.print.noPrinter"));
    }
    /** The period bar's controls; {@code fromTo} receives its two date fields. */
    private List<javafx.scene.Node> periodControls(DateField[] fromTo) {
        DateField from = new DateField("reports-from");
        from.setValue(vm.fromProperty().get());
        from.setPrefWidth(130);
        DateField to = new DateField("reports-to");
        to.setValue(vm.toProperty().get());
        to.setPrefWidth(130);
        vm.fromProperty().addListener((o, was, now) -> from.setValue(now));
        vm.toProperty().addListener((o, was, now) -> to.setValue(now));
        fromTo[0] = from;
        fromTo[1] = to;
        Button show = new Button(Tr.tr("reports.period.show"));
        show.setId("reports-period-show");
        show.setDefaultButton(false);
        show.setOnAction(e -> vm.showPeriod(from.getValue(), to.getValue()));
        Button month = new Button(Tr.tr("reports.period.month"));
        month.setId("reports-period-month");
        month.setOnAction(e -> vm.month());
        Button quarter = new Button(Tr.tr("reports.period.quarter"));
        quarter.setId("reports-period-quarter");
        quarter.setOnAction(e -> vm.quarter());
        Button year = new Button(Tr.tr("reports.period.year"));
        year.setId("reports-period-year");
        year.setOnAction(e -> vm.year());
        for (Button b : List.of(show, month, quarter, year)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label periodError = new Label();
        periodError.setId("reports-period-error");
        periodError.getStyleClass().add(Styles.DANGER);
        periodError.textProperty().bind(vm.periodErrorProperty());
        return List.of(new Label(Tr.tr("reports.period.from")), from, new Label(Tr.tr("reports.period.to")), to,
                show, month, quarter, year, periodError);
    }

}
