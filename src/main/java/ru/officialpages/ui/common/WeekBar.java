package ru.officialpages.ui.common;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.IsoWeek;

/**
 * The week bar of Отчёты and Район: ← неделя 47 (16.11.2026 — 22.11.2026) → and a date picker for any week.
 * Ids: {@code PREFIX-prev}, {@code PREFIX-next}, {@code PREFIX-week}, {@code PREFIX-week-day}.
 */
public final class WeekBar extends HBox {
    /**
     * {@code week} is the screen's week, followed by the label and the picker; {@code newChoice} tells whether a day
     * picked is a new choice (the picker follows the arrows too) and {@code pickWeekOf} takes it.
     */
    public WeekBar(String idPrefix, ObjectProperty<IsoWeek> week, Runnable previous, Runnable next,
            Predicate<LocalDate> newChoice, Consumer<LocalDate> pickWeekOf) {
        super(6);
        Button prev = new Button(null, Icons.PREVIOUS.icon());
        prev.setId(idPrefix + "-prev");
        prev.setTooltip(new Tooltip(Tr.tr("reports.week.previous")));
        prev.setOnAction(e -> previous.run());
        Button following = new Button(null, Icons.NEXT.icon());
        following.setId(idPrefix + "-next");
        following.setTooltip(new Tooltip(Tr.tr("reports.week.next")));
        following.setOnAction(e -> next.run());
        prev.setMinWidth(Region.USE_PREF_SIZE);
        following.setMinWidth(Region.USE_PREF_SIZE);
        Label shown = new Label();
        shown.setId(idPrefix + "-week");
        shown.getStyleClass().add(Styles.TEXT_BOLD);
        shown.textProperty().bind(Bindings.createStringBinding(() -> text(week.get()), week));
        shown.setMinWidth(Region.USE_PREF_SIZE);
        DateField pick = new DateField(idPrefix + "-week-day");
        pick.setPromptText(Tr.tr("reports.week.pick"));
        pick.setPrefWidth(150);
        pick.setMinWidth(150);
        pick.setTooltip(new Tooltip(Tr.tr("reports.week.pickHint")));
        pick.valueProperty().addListener((o, was, now) -> {
            if (now != null && newChoice.test(now)) {
                pickWeekOf.accept(now);
            }
        });
        week.addListener((o, was, now) -> pick.setValue(now.monday()));
        pick.setValue(week.get().monday());
        getChildren().setAll(prev, shown, following, pick);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** «неделя 47 (16.11.2026 — 22.11.2026)». */
    public static String text(IsoWeek w) {
        return Tr.tr("report.weekly.week", w.number(), RuFormat.date(w.monday()), RuFormat.date(w.sunday()));
    }
}
