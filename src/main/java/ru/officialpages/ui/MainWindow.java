package ru.officialpages.ui;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import ru.officialpages.domain.Settings;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.EmptyState;
import ru.officialpages.ui.plan.PlanView;
import ru.officialpages.ui.today.TodayView;
import ru.officialpages.ui.today.TodayViewModel;
import ru.officialpages.ui.plan.PlanViewModel;
import ru.officialpages.ui.posts.PostsView;
import ru.officialpages.ui.posts.PostsViewModel;
import ru.officialpages.ui.settings.BackupsViewModel;
import ru.officialpages.ui.common.LinkOpener;
import ru.officialpages.ui.pages.PagesView;
import ru.officialpages.ui.pages.PagesViewModel;
import ru.officialpages.ui.settings.CalendarViewModel;
import ru.officialpages.ui.settings.OrganizationsViewModel;
import ru.officialpages.ui.settings.SettingsView;
import ru.officialpages.ui.settings.SettingsViewModel;
import ru.officialpages.ui.setup.SetupView;
import ru.officialpages.ui.setup.SetupViewModel;

/**
 * The program's one window: the navigation rail on the left and the chosen screen beside it,
 * or the first-start setup while the settings have not been made.
 */
public final class MainWindow {
    /** Window widths below this get the rail of icons only. */
    static final double COMPACT_BELOW = 1200;
    private final Stage stage;
    private final UiContext ctx;
    private final DialogService dialogs;
    private final WindowPrefs prefs;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final Label municipality = new Label();
    private final Consumer<String> linkOpener;
    private Screen current;
    private BackupsViewModel backups;
    private ru.officialpages.ui.settings.SocialSettingsViewModel social;
    /** «Обновить из соцсетей» over Публикации and Сегодня; null (no control) where not given, as in some tests. */
    private ru.officialpages.ui.common.SyncViewModel sync;
    /** The title without the mark of urgent messages. */
    private String plainTitle = Tr.tr("app.title");
    /** After the title on a district's database; empty over the folder's file. */
    private String districtSuffix = "";
    private DeadlineNotifier deadlines;
    /** The bars over the screen: the example's, the deadlines'. */
    private final VBox topBars = new VBox();
    private Runnable openExample;
    private ru.officialpages.ui.help.About about;
    /** A coordinator's window on the district's database (issue 19 item 6): «Район» only; null otherwise. */
    private ru.officialpages.desk.DistrictDesk district;
    /** Настройки → Районная база and the first start's offer to connect (issue 19); null where not given. */
    private ru.officialpages.ui.settings.DistrictSettingsViewModel districtSettings;

    public MainWindow(Stage stage, UiContext ctx, DialogService dialogs) {
        this(stage, ctx, dialogs, new LinkOpener());
    }

    /** {@code linkOpener} opens page addresses in the browser; tests pass one that only records them. */
    public MainWindow(Stage stage, UiContext ctx, DialogService dialogs, Consumer<String> linkOpener) {
        this.linkOpener = linkOpener;
        this.stage = stage;
        this.ctx = ctx;
        this.dialogs = dialogs;
        this.prefs = new WindowPrefs(ctx.prefs());
        root.setId("main-root");
        root.setTop(topBars);
        content.setId("content");
        content.getStyleClass().add("content");
    }

    /**
     * The window is a district coordinator's (issue 19 item 6): its one screen is «Район». The settlements' screens
     * are not offered — they would mix every settlement's records, and every change in them would be refused.
     */
    public void coordinator(ru.officialpages.desk.DistrictDesk desk) {
        this.district = desk;
    }

    /** The places of this window's rail: «Район» alone for a coordinator, every other one for a settlement. */
    java.util.List<Screen> screensShown() {
        return java.util.Arrays.stream(Screen.values()).filter(s -> (s == Screen.DISTRICT) == (district != null)).toList();
    }

    /** Adds the Резервные копии tab to the settings; the entry point gives it, since it owns the data file. */
    /** The Соцсети settings tab (the VK key); without it, as in some tests, there is no such tab. */
    public void setSocial(ru.officialpages.ui.settings.SocialSettingsViewModel social) {
        this.social = social;
    }

    /** The window's one sync (issue 17): its control goes over Публикации and Сегодня. */
    public void setSync(ru.officialpages.ui.common.SyncViewModel sync) {
        this.sync = sync;
    }

    /** The window works on the district's database (issue 19): said after the title, e.g. «— районная база, логин …». */
    public void markDistrict(String titleSuffix) {
        this.districtSuffix = titleSuffix;
    }

    /**
     * Where the data is, and the way to a district's server (issue 19): the Районная база settings tab, and, on
     * the folder's file, «Подключиться к районной базе…» at the first start.
     */
    public void setDistrict(ru.officialpages.ui.settings.DistrictSettingsViewModel district) {
        this.districtSettings = district;
    }

    public void setBackups(BackupsViewModel backups) {
        this.backups = backups;
    }

    /** Offers «Посмотреть на примере» on the first start: {@code open} switches to the example's own folder. */
    public void offerExample(Runnable open) {
        this.openExample = open;
    }

    /**
     * This window shows the example settlement (issue 16 item 5): a coloured bar says so above every
     * screen, with the way back to the user's own data ({@code back}; null when there is none).
     */
    public void markExample(Runnable back) {
        Label text = new Label();
        text.setId("example-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Tr.tr("example.bar", municipality.getText()), municipality.textProperty()));
        javafx.scene.layout.HBox.setHgrow(text, Priority.ALWAYS);
        javafx.scene.control.Button leave = new javafx.scene.control.Button(Tr.tr("example.back"),
                ru.officialpages.ui.common.Icons.BACK.icon(16));
        leave.setId("example-back");
        leave.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        leave.setOnAction(e -> back.run());
        // Opened on the example folder itself (--data-dir …/example): no own data behind it to go back to.
        leave.setVisible(back != null);
        leave.setManaged(back != null);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(12, ru.officialpages.ui.common.Icons.DEMO.icon(18), text, leave);
        bar.setId("example-bar");
        bar.getStyleClass().add("example-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        topBars.getChildren().add(0, bar);
    }

    /** Version and data folder for «О программе»; the entry point knows them. */
    public void setAbout(ru.officialpages.ui.help.About about) {
        this.about = about;
    }

    /** Shows the window with the setup (first start) or the screens. */
    public void show(Settings settings) {
        build(settings);
        stage.show();
    }

    /**
     * Builds the window with the setup (first start) or the screens, without showing it: the start
     * builds it while the data file is still being checked, and shows it once the file is sound.
     */
    public void build(Settings settings) {
        Theme.apply();
        prefs.restore(stage);
        // Sized as the window: JavaFX otherwise works out the whole tree's preferred size (styles, text
        // measurement, a layout) when the window is shown, for a size the window's own then replaces (issue 20).
        Scene scene = new Scene(root, stage.getWidth(), stage.getHeight());
        scene.getStylesheets().add(Theme.stylesheet());
        for (Screen s : Screen.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(s.key(), KeyCombination.SHORTCUT_DOWN), () -> {
                if (root.getLeft() != null && navButtons.containsKey(s)) {
                    open(s);
                }
            });
        }
        scene.getAccelerators().put(new KeyCodeCombination(javafx.scene.input.KeyCode.F1), this::showHelp);
        // A screen's own keys (Отчёты: Ctrl+S, Ctrl+P) work as soon as it is shown, wherever the focus is
        // (issue 16 item 6): a key pressed outside the screen, on the rail or on nothing, goes to the screen.
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, this::toScreen);
        stage.setScene(scene);
        stage.getIcons().add(new javafx.scene.image.Image(MainWindow.class.getResource(windowIcon()).toExternalForm()));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(e -> prefs.save(stage));
        if (settings.setupDone() || district != null) {
            showShell(settings);
        } else {
            showSetup();
        }
    }

    /**
     * The window's icon in the one size JavaFX gives the system: it scales whatever it is given, line by line, to
     * 32 pixels on Windows and 128 elsewhere. Reading the 256-pixel icon and scaling it down was an eighth of the
     * UI thread's work before the first frame (issue 20); these are the same picture, scaled once when made.
     */
    static String windowIcon() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "icon-32.png" : "icon-128.png";
    }

    private void showSetup() {
        stage.setTitle(Tr.tr("app.title") + districtSuffix);
        SetupViewModel vm = new SetupViewModel(ctx.desks().office(), ctx.executor(), ctx.clock(), dialogs);
        root.setLeft(null);
        SetupView setup = new SetupView(vm, () -> showShell(vm.form().toSettings(true)), backups == null ? null : backups.transfer(),
                openExample);
        if (districtSettings != null && districtSuffix.isEmpty()) {
            setup.offerDistrict(() -> ru.officialpages.ui.settings.DistrictConnectDialog.show(stage, districtSettings.connector(),
                    java.util.Optional.empty()));
        }
        root.setCenter(setup);
    }

    private void showShell(Settings settings) {
        updateTitle(settings);
        root.setLeft(rail());
        root.setCenter(content);
        Screen last = prefs.lastScreen();
        open(navButtons.containsKey(last) ? last : screensShown().get(0));
    }

    private void updateTitle(Settings settings) {
        // A coordinator's login reads every settlement's settings: none of them is its own.
        String name = district != null ? Tr.tr("district.window.coordinator") : settings.municipality();
        plainTitle = name.isEmpty() ? Tr.tr("app.title") : Tr.tr("app.title.with", name);
        plainTitle += districtSuffix;
        markTitle();
        municipality.setText(name);
    }

    /** The title with the count of urgent messages before it, seen in the taskbar too. */
    private void markTitle() {
        int n = deadlines == null ? 0 : deadlines.urgentProperty().get();
        stage.setTitle(n == 0 ? plainTitle : Tr.tr("deadline.windowTitle", n, plainTitle));
        ToggleButton nav = navButtons.get(Screen.MESSAGES);
        if (nav != null) {
            nav.setText(n == 0 ? Tr.tr(Screen.MESSAGES.titleKey()) : Tr.tr("deadline.nav", Tr.tr(Screen.MESSAGES.titleKey()), n));
            nav.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("urgent"), n > 0);
        }
    }

    /** Looks at the deadlines at once instead of at the next minute (tests, and after a change of the calendar). */
    void checkDeadlinesNow() {
        if (deadlines != null) {
            deadlines.check();
        }
    }

    /** Where the system has no notification area: a bar over the screen until the clerk acts on it. */
    private void showDeadlineBar(java.util.List<String> lines) {
        Label text = new Label(String.join("\n", lines));
        text.setId("deadline-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(text, Priority.ALWAYS);
        javafx.scene.control.Button show = new javafx.scene.control.Button(Tr.tr("deadline.open"));
        show.setId("deadline-open");
        show.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        javafx.scene.control.Button close = new javafx.scene.control.Button(Tr.tr("deadline.close"));
        close.setId("deadline-close");
        close.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(12, ru.officialpages.ui.common.Icons.WARNING.icon(18), text, show, close);
        bar.setId("deadline-bar");
        bar.getStyleClass().add("deadline-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        show.setOnAction(e -> {
            topBars.getChildren().remove(bar);
            open(Screen.MESSAGES);
        });
        close.setOnAction(e -> topBars.getChildren().remove(bar));
        topBars.getChildren().removeIf(n -> "deadline-bar".equals(n.getId()));
        topBars.getChildren().add(bar);
    }

    /**
     * Starts telling the clerk of messages near or past their deadline (issue 16 item 8), in the
     * notification area where there is one. {@code dataFolder} keeps what was told apart per folder.
     */
    public void watchDeadlines(java.nio.file.Path dataFolder) {
        // The settlements' messages are their specialists' to answer: a coordinator is not told of each.
        if (deadlines != null || district != null) {
            return;
        }
        String node = Integer.toHexString(dataFolder.toAbsolutePath().normalize().toString().hashCode());
        deadlines = new DeadlineNotifier(ctx.desks().messages(), ctx.desks().office(), ctx.executor(), ctx.clock(),
                ctx.prefs().node("deadlines").node(node), this::showDeadlineBar);
        deadlines.urgentProperty().addListener((o, was, now) -> markTitle());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> deadlines.stop());
        deadlines.start();
    }

    private VBox rail() {
        Label title = new Label(Tr.tr("app.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "rail-title");
        title.setWrapText(true);
        municipality.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        municipality.setWrapText(true);
        VBox header = new VBox(2, title, municipality);
        header.setPadding(new Insets(4, 8, 16, 8));

        VBox rail = new VBox(4);
        rail.setId("nav-rail");
        rail.getStyleClass().add("nav-rail");
        rail.getChildren().add(header);
        ToggleGroup group = new ToggleGroup();
        for (Screen s : screensShown()) {
            ToggleButton b = new ToggleButton(Tr.tr(s.titleKey()), s.icon().icon(18));
            b.setId(s.navId());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            b.setAccessibleText(Tr.tr(s.titleKey()));
            b.setOnAction(e -> open(s));
            navButtons.put(s, b);
            rail.getChildren().add(b);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        ProgressBar busy = new ProgressBar();
        busy.setId("busy");
        busy.setMaxWidth(Double.MAX_VALUE);
        busy.visibleProperty().bind(ctx.executor().busyProperty());
        Label hint = new Label(Tr.tr("nav.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        javafx.scene.control.Button help = new javafx.scene.control.Button(Tr.tr("help.button"),
                ru.officialpages.ui.common.Icons.HELP.icon(16));
        help.setId("nav-help");
        javafx.scene.control.Button aboutButton = new javafx.scene.control.Button(Tr.tr("about.button"),
                ru.officialpages.ui.common.Icons.ABOUT.icon(16));
        aboutButton.setId("nav-about");
        for (javafx.scene.control.Button b : java.util.List.of(help, aboutButton)) {
            b.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setFocusTraversable(false);
        }
        help.setOnAction(e -> showHelp());
        aboutButton.setOnAction(e -> showAbout());
        rail.getChildren().addAll(spacer, busy, hint, help, aboutButton);
        // Under 1200 pixels the rail keeps its icons only (names in tooltips), so a screen at 1024×768
        // has the width its tables and forms need (issue 16 item 4).
        java.util.List<javafx.scene.control.ButtonBase> named = new java.util.ArrayList<>(navButtons.values());
        named.add(help);
        named.add(aboutButton);
        Runnable fit = () -> {
            boolean compact = root.getWidth() > 0 && root.getWidth() < COMPACT_BELOW;
            if (rail.getStyleClass().contains("compact") == compact && rail.getUserData() != null) {
                return;
            }
            rail.setUserData(Boolean.TRUE);
            if (compact) {
                rail.getStyleClass().add("compact");
            } else {
                rail.getStyleClass().remove("compact");
            }
            for (javafx.scene.control.ButtonBase b : named) {
                b.setContentDisplay(compact ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                        : javafx.scene.control.ContentDisplay.LEFT);
            }
            header.setVisible(!compact);
            header.setManaged(!compact);
            hint.setVisible(!compact);
            hint.setManaged(!compact);
        };
        // The names go into tooltips once they are hidden, made when the pointer first comes over a button: eleven
        // tooltips made with the rail, or as soon as it became narrow, were a fiftieth of the UI thread's work
        // before the first frame (issue 20). The pointer coming in moves over the button, which shows the tooltip.
        for (javafx.scene.control.ButtonBase b : named) {
            b.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                if (b.getTooltip() == null && b.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
                    b.setTooltip(new javafx.scene.control.Tooltip(b.getText()));
                    b.textProperty().addListener((o, was, now) -> b.getTooltip().setText(now));
                }
            });
        }
        root.widthProperty().addListener((o, was, now) -> fit.run());
        fit.run();
        return rail;
    }

    private void toScreen(javafx.scene.input.KeyEvent e) {
        if (e.isConsumed() || current == null || root.getLeft() == null) {
            return;
        }
        Node screen = screens.get(current);
        if (!(screen instanceof VBox box) || box.getChildren().size() < 2 || screen.getScene() != root.getScene()) {
            return;
        }
        for (Node n = e.getTarget() instanceof Node t ? t : null; n != null; n = n.getParent()) {
            if (n == screen) {
                return;
            }
        }
        Node view = box.getChildren().get(1);
        javafx.scene.input.KeyEvent copy = e.copyFor(view, view);
        javafx.event.Event.fireEvent(view, copy);
        if (copy.isConsumed()) {
            e.consume();
        }
    }

    /** F1: the help of the screen shown, or of the first-start setup. */
    void showHelp() {
        String name = root.getLeft() == null || current == null ? "setup" : current.name().toLowerCase(java.util.Locale.ROOT);
        ru.officialpages.ui.help.HelpWindow.show(stage, ru.officialpages.ui.help.HelpText.of(name), Theme.stylesheet());
    }

    void showAbout() {
        ru.officialpages.ui.help.AboutWindow.show(stage, about != null ? about
                : new ru.officialpages.ui.help.About("?", java.nio.file.Path.of("").toAbsolutePath()), Theme.stylesheet());
    }

    /** Opens a screen, creating it the first time. */
    public void open(Screen s) {
        current = s;
        Node node = screens.computeIfAbsent(s, this::create);
        content.getChildren().setAll(node);
        // Skinned now: tables inside split and tab panes are found too.
        node.applyCss();
        ru.officialpages.ui.common.FullTextCells.install(node);
        navButtons.get(s).setSelected(true);
        // Keyboard users land on the screen's tabs (arrows switch them), not on the rail.
        Node tabs = node.lookup(".tab-pane");
        if (tabs != null) {
            javafx.application.Platform.runLater(tabs::requestFocus);
        }
        prefs.saveLastScreen(s);
    }

    public Screen current() {
        return current;
    }

    private Node create(Screen s) {
        Label title = new Label(Tr.tr(s.titleKey()));
        title.getStyleClass().add(Styles.TITLE_2);
        Node body = switch (s) {
            case SETTINGS -> {
                SettingsViewModel svm = new SettingsViewModel(ctx.desks().office(), ctx.executor());
                svm.statusProperty().addListener((o, was, now) -> {
                    if (!now.isEmpty()) {
                        updateTitle(svm.form().toSettings(true));
                    }
                });
                // Saved settings, organisations and calendar days reach every screen: the desks announce them.
                OrganizationsViewModel orgs = new OrganizationsViewModel(ctx.desks().pages(), ctx.executor(), dialogs);
                CalendarViewModel calendarVm = new CalendarViewModel(ctx.desks().office(), ctx.executor(),
                        () -> java.time.LocalDateTime.now(ctx.clock()));
                SettingsView settingsView = new SettingsView(svm, orgs, calendarVm, backups);
                ctx.textChecks().store().ifPresent(store -> settingsView.addTextChecks(
                        new ru.officialpages.ui.settings.TextCheckSettingsViewModel(ctx.textChecks(), store, ctx.executor())));
                if (social != null) {
                    settingsView.addSocial(social);
                }
                if (districtSettings != null) {
                    settingsView.addDistrict(districtSettings);
                }
                yield settingsView;
            }
            case TODAY -> new TodayView(new TodayViewModel(ctx.desks(), ctx.executor(), ctx.clock()), this::openMessage);
            case PLAN -> new PlanView(new PlanViewModel(ctx.desks(), ctx.executor(), ctx.clock()), () -> java.time.LocalDateTime.now(ctx.clock()),
                    ctx.textChecks());
            case POSTS -> new PostsView(new PostsViewModel(ctx.desks(), ctx.executor(), ctx.clock()), () -> open(Screen.PAGES), ctx.textChecks());
            case MESSAGES -> new ru.officialpages.ui.messages.MessagesView(new ru.officialpages.ui.messages.MessagesViewModel(
                    ctx.desks(), ctx.executor(), ctx.clock()), ctx.textChecks());
            case PAGES -> new PagesView(new PagesViewModel(ctx.desks(), ctx.executor(), dialogs, () -> java.time.LocalDate.now(ctx.clock())),
                    linkOpener, this::openOrganizations);
            case REPORTS -> new ru.officialpages.ui.reports.ReportsView(new ru.officialpages.ui.reports.ReportsViewModel(
                    ctx.reports(),
                    ctx.executor(), ctx.clock()));
            case DISTRICT -> new ru.officialpages.ui.district.DistrictView(new ru.officialpages.ui.district.DistrictViewModel(
                    district, ctx.desks().changes(), ctx.executor(), ctx.clock()));
            case MODERATION -> new ru.officialpages.ui.moderation.ModerationView(new ru.officialpages.ui.moderation.ModerationViewModel(
                    ctx.desks(), ctx.executor(), ctx.clock()), linkOpener);
            default -> {
                String key = "empty." + s.name().toLowerCase(java.util.Locale.ROOT);
                yield new EmptyState(s.icon(), Tr.tr(key + ".title"), Tr.tr(key + ".text"));
            }
        };
        VBox.setVgrow(body, Priority.ALWAYS);
        // A value cut short in a narrow column is whole in its tooltip (issue 16 item 4).
        ru.officialpages.ui.common.FullTextCells.install(body);
        Node head = title;
        if (sync != null && (s == Screen.POSTS || s == Screen.TODAY)) {
            Region gap = new Region();
            javafx.scene.layout.HBox.setHgrow(gap, Priority.ALWAYS);
            ru.officialpages.ui.common.Toolbar.keepWhole(title);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(12, title, gap, new ru.officialpages.ui.common.SyncButton(sync));
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            head = row;
        }
        VBox screen = new VBox(12, head, body);
        screen.setId("screen-" + s.name().toLowerCase(java.util.Locale.ROOT));
        screen.setPadding(new Insets(20, 24, 20, 24));
        return screen;
    }

    /** Сегодня → Сообщения: the message's card opened on the messages screen. */
    private void openMessage(long messageId) {
        open(Screen.MESSAGES);
        if (screens.get(Screen.MESSAGES).lookup("#messages-view") instanceof ru.officialpages.ui.messages.MessagesView view) {
            view.open(messageId);
        }
    }

    private void openOrganizations() {
        open(Screen.SETTINGS);
        Node settings = screens.get(Screen.SETTINGS).lookup("#settings-view");
        if (settings instanceof SettingsView tabs) {
            tabs.getSelectionModel().select(1);
        }
    }
}
