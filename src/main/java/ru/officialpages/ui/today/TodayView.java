package ru.officialpages.ui.today;

import atlantafx.base.theme.Styles;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.DateField;

/** Сегодня: the week's norms page by page, today's plan, what is overdue and what is due. */
public final class TodayView extends ScrollPane {
    /** Lines a card shows before "и ещё N". */
    // Fifteen: more than a card shows without scrolling in a 1280×800 window, and each line is a few
    // controls that the window's first frame lays out (thirty cost it a tenth of a second, issue 10).
    static final int CARD_LINES = 15;
    private final TodayViewModel vm;
    private final VBox weekBox = new VBox(8);
    private final VBox planBox = new VBox(6);
    private final VBox overdueBox = new VBox(6);
    private final VBox dueBox = new VBox(6);

    private final java.util.function.LongConsumer openMessage;
    /** The screen has been drawn once, without its lines. */
    private boolean framed;

    /** {@code openMessage} shows a citizen's message on the Сообщения screen. */
    public TodayView(TodayViewModel vm, java.util.function.LongConsumer openMessage) {
        this.vm = vm;
        this.openMessage = openMessage;
        // The data first: the database thread reads it while this thread builds the cards (issue 10).
        vm.load();
        setId("today-view");
        setFitToWidth(true);
        Label date = new Label();
        // The day's texts follow the day shown: at midnight the screen moves on by itself.
        date.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> dateText(vm.today()),
                vm.dayProperty()));
        date.getStyleClass().add(Styles.TEXT_MUTED);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        VBox weekCard = card("today-week", "", weekBox);
        ((Label) weekCard.getChildren().get(0)).textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Tr.tr("today.week.title", ru.officialpages.i18n.RuFormat.dayMonth(vm.monday()),
                        ru.officialpages.i18n.RuFormat.dayMonth(vm.monday().plusDays(6))),
                vm.dayProperty()));
        grid.add(weekCard, 0, 0, 1, 3);
        grid.add(card("today-plan", Tr.tr("today.plan.title"), planBox), 1, 0);
        grid.add(card("today-overdue", Tr.tr("today.overdue.title"), overdueBox), 1, 1);
        grid.add(card("today-dues", Tr.tr("today.due.title"), dueBox), 1, 2);
        VBox content = new VBox(12, date, grid);
        content.setPadding(new Insets(0, 4, 8, 0));
        setContent(content);

        // Until the first load is complete the cards are drawn once, all together, when it is (issue 10); and
        // not before the screen's frame has been drawn (issue 20): the window's first frame shows the date and
        // the cards' titles, and the lines follow on the next pulse. Built, styled and laid out in the first
        // frame, they were two fifths of the CPU time the window took to appear.
        vm.week().addListener((ListChangeListener<TodayViewModel.PageProgress>) c -> {
            if (ready()) {
                drawWeek();
            }
        });
        vm.todayPlan().addListener((ListChangeListener<PlanItem>) c -> {
            if (ready()) {
                drawItems(planBox, vm.todayPlan(), "today.plan.empty");
            }
        });
        vm.overdue().addListener((ListChangeListener<PlanItem>) c -> {
            if (ready()) {
                drawItems(overdueBox, vm.overdue(), "today.overdue.empty");
            }
        });
        vm.dues().addListener((ListChangeListener<TodayViewModel.Due>) c -> {
            if (ready()) {
                drawDues();
            }
        });
        vm.loadedProperty().addListener((o, was, now) -> drawAll());
        ru.officialpages.ui.common.AfterFirstFrame.run(this, () -> {
            framed = true;
            drawAll();
        });
        // Minute by minute: a message's deadline passing, and midnight (changes elsewhere come by the desks' notice).
        javafx.animation.Timeline minute = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.minutes(1), e -> vm.tick()));
        minute.setCycleCount(javafx.animation.Animation.INDEFINITE);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                minute.play();
            } else {
                minute.stop();
            }
        });
    }

    /** The data is read and the screen's frame has been drawn: the cards' lines can be. */
    private boolean ready() {
        return framed && vm.loadedProperty().get();
    }

    private void drawAll() {
        if (!ready()) {
            return;
        }
        drawWeek();
        drawItems(planBox, vm.todayPlan(), "today.plan.empty");
        drawItems(overdueBox, vm.overdue(), "today.overdue.empty");
        drawDues();
        // Seen by the start-up benchmark's second figure, the time until Сегодня shows its data.
        if (!getStyleClass().contains("filled")) {
            getStyleClass().add("filled");
        }
    }

    private static String dateText(java.time.LocalDate day) {
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Tr.RUSSIAN);
        return Tr.tr("today.date", weekday.substring(0, 1).toUpperCase(Locale.ROOT) + weekday.substring(1),
                DateField.FORMAT.format(day));
    }

    private static VBox card(String id, String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TITLE_4);
        VBox card = new VBox(10, t, body);
        card.setId(id);
        card.getStyleClass().add("today-card");
        card.setPadding(new Insets(14));
        return card;
    }

    // The cards' lines stay between loads (issue 20 item 3): a change notice (a sync tells one every few
    // seconds) updates the texts, bars and colours of the lines in place, and a line whose values are the
    // same is not touched at all. Rebuilt on every notice, the cards cost the UI thread their styles, text
    // layout and a new layout pass each time.
    private final CardLines<TodayViewModel.PageProgress> weekLines = new CardLines<>(weekBox, p -> new WeekLine());
    private final CardLines<PlanItem> planLines = new CardLines<>(planBox, p -> new ItemLine());
    private final CardLines<PlanItem> overdueLines = new CardLines<>(overdueBox, p -> new ItemLine());
    private final CardLines<TodayViewModel.Due> dueLines = new CardLines<>(dueBox,
            d -> new DueLine(d.messageId() != null ? new Hyperlink() : new Label()));
    /** How many pages the week's card shows: {@link #CARD_LINES} until «all» is clicked. */
    private int weekLimit = CARD_LINES;

    private void drawWeek() {
        drawWeek(weekLimit);
    }

    /**
     * The pages furthest behind come first; a district has 200 of them, so the card draws the first
     * {@code limit} and a button for the rest: 200 rows of bars took half a second to open (issue 10).
     */
    private void drawWeek(int limit) {
        weekLimit = limit;
        List<TodayViewModel.PageProgress> all = vm.week();
        if (all.isEmpty()) {
            weekLines.show(List.of(), weekLines.muted(Tr.tr("today.week.empty")));
            return;
        }
        Hyperlink more = null;
        if (all.size() > limit) {
            more = weekLines.link(Tr.tr("today.week.all", all.size()));
            more.setId("today-week-all");
            more.setOnAction(e -> drawWeek(Integer.MAX_VALUE));
        }
        weekLines.show(all.subList(0, Math.min(all.size(), limit)), more);
    }

    private void drawItems(VBox box, java.util.List<PlanItem> items, String emptyKey) {
        CardLines<PlanItem> lines = box == planBox ? planLines : overdueLines;
        if (items.isEmpty()) {
            lines.show(List.of(), lines.muted(Tr.tr(emptyKey)));
            return;
        }
        // A district has dozens of items a day and hundreds overdue: the card shows the first ones and how many more.
        lines.show(items.subList(0, Math.min(items.size(), CARD_LINES)),
                items.size() > CARD_LINES ? lines.muted(Tr.tr("today.more", items.size() - CARD_LINES)) : null);
    }

    private void drawDues() {
        List<TodayViewModel.Due> dues = vm.dues();
        dueLines.show(dues.subList(0, Math.min(dues.size(), CARD_LINES)),
                dues.size() > CARD_LINES ? dueLines.muted(Tr.tr("today.more", dues.size() - CARD_LINES)) : null);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    /** Puts {@code wanted} among the node's classes and takes the other {@code choices} away; nothing when it is so. */
    private static void style(Node node, String wanted, String... choices) {
        for (String c : choices) {
            if (!c.equals(wanted)) {
                node.getStyleClass().remove(c);
            }
        }
        if (wanted != null && !node.getStyleClass().contains(wanted)) {
            node.getStyleClass().add(wanted);
        }
    }

    /** One page of the week's card: its name, the bar, "2 из 3" and what is missing. */
    private static final class WeekLine implements CardLines.Line<TodayViewModel.PageProgress> {
        private final Label name = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final Label ratio = new Label();
        private final Label rest = new Label();
        private final VBox node;

        WeekLine() {
            name.setWrapText(true);
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            ratio.setMinWidth(60);
            rest.getStyleClass().add(Styles.TEXT_SMALL);
            rest.setMinWidth(110);
            HBox line = new HBox(10, bar, ratio, rest);
            line.setAlignment(Pos.CENTER_LEFT);
            node = new VBox(4, name, line);
        }

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void show(TodayViewModel.PageProgress p) {
            var wp = p.progress();
            name.setText(p.label());
            bar.setProgress(wp.norm() == 0 ? 1 : Math.min(1.0, (double) wp.published() / wp.norm()));
            style(bar, wp.met() ? "norm-met" : wp.published() * 2 >= wp.norm() ? "norm-half" : "norm-behind",
                    "norm-met", "norm-half", "norm-behind");
            ratio.setId("today-ratio-" + p.pageId());
            ratio.setText(wp.ratio());
            rest.setText(wp.met() ? Tr.tr("today.week.met") : Tr.tr("today.week.missing", wp.missing()));
            style(rest, wp.met() ? Styles.SUCCESS : Styles.TEXT_MUTED, Styles.SUCCESS, Styles.TEXT_MUTED);
        }
    }

    /** A plan item: when and what, and its pages. */
    private final class ItemLine implements CardLines.Line<PlanItem> {
        private final Label topic = new Label();
        private final Label pages = muted("");
        private final VBox node = new VBox(2, topic, pages);

        ItemLine() {
            topic.setWrapText(true);
        }

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void show(PlanItem i) {
            String when = (i.day().equals(vm.today()) ? "" : ru.officialpages.i18n.RuFormat.dayMonth(i.day()) + " ")
                    + (i.time() == null ? "" : i.time() + " ");
            topic.setText(when + i.topic() + " — " + Tr.tr("plan.status." + i.status().name()));
            pages.setText(vm.pagesOf(i));
        }
    }

    /** Something due: a citizen's message is a link to it, anything else a label; late ones in red. */
    private final class DueLine implements CardLines.Line<TodayViewModel.Due> {
        private final javafx.scene.control.Labeled node;

        DueLine(javafx.scene.control.Labeled node) {
            this.node = node;
            node.setWrapText(true);
        }

        @Override
        public Node node() {
            return node;
        }

        @Override
        public boolean fits(TodayViewModel.Due d) {
            return (d.messageId() != null) == (node instanceof Hyperlink);
        }

        @Override
        public void show(TodayViewModel.Due d) {
            node.setText(DateField.FORMAT.format(d.day()) + " — " + d.text());
            if (node instanceof Hyperlink link) {
                link.setId("today-message-" + d.messageId());
                link.setOnAction(e -> openMessage.accept(d.messageId()));
                // A Hyperlink keeps its accent colour under AtlantaFX's "danger": our own class makes it red.
                style(link, d.overdue() ? Styles.DANGER : null, Styles.DANGER);
                style(link, d.overdue() ? "due-overdue" : null, "due-overdue");
            } else {
                style(node, d.overdue() ? Styles.DANGER : null, Styles.DANGER);
            }
        }
    }
}
