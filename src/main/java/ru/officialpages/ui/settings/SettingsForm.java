package ru.officialpages.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.BoundTextField;
import ru.officialpages.ui.common.FieldBox;

/** The settings fields laid out as a form; used by the setup and by the Settings screen. */
public final class SettingsForm extends VBox {
    // Spinners bind to these boxed views; keep them, since bindings hold them weakly.
    private final ObjectProperty<?>[] keep = new ObjectProperty<?>[5];

    public SettingsForm(SettingsFormModel m) {
        super(18);
        getStyleClass().add("settings-form");

        TextField municipality = new BoundTextField("settings-municipality", m.municipality, Tr.tr("settings.municipality.prompt"));
        GridPane who = grid();
        who.add(new FieldBox(Tr.tr("settings.municipality"), municipality, m.municipalityError()), 0, 0, 2, 1);
        who.add(new FieldBox(Tr.tr("settings.head.name"),
                new BoundTextField("settings-head-name", m.headName, Tr.tr("settings.head.name.prompt")), null), 0, 1);
        who.add(new FieldBox(Tr.tr("settings.head.position"),
                new BoundTextField("settings-head-position", m.headPosition, ""), null), 1, 1);
        who.add(new FieldBox(Tr.tr("settings.preparer.name"),
                new BoundTextField("settings-preparer-name", m.preparerName, Tr.tr("settings.preparer.name.prompt")), null), 0, 2);
        who.add(new FieldBox(Tr.tr("settings.preparer.position"),
                new BoundTextField("settings-preparer-position", m.preparerPosition, ""), null), 1, 2);

        ComboBox<NormPreset> preset = new ComboBox<>(FXCollections.observableArrayList(NormPreset.values()));
        preset.setId("settings-preset");
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.setCellFactory(l -> new PresetCell());
        preset.setButtonCell(new PresetCell());
        preset.valueProperty().bindBidirectional(m.preset);
        Label presetHint = new Label();
        presetHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        presetHint.setWrapText(true);
        presetHint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.preset.get() == null ? "" : Tr.tr("preset.hint." + m.preset.get().name()), m.preset));

        GridPane norms = grid();
        norms.add(new FieldBox(Tr.tr("settings.preset"), preset, null), 0, 0, 2, 1);
        norms.add(presetHint, 0, 1, 2, 1);
        norms.add(new FieldBox(Tr.tr("settings.norm.administration"), spinner("settings-norm-administration",
                m.normAdministration, 0, SettingsFormModel.MAX_NORM, 0), null), 0, 2);
        norms.add(new FieldBox(Tr.tr("settings.norm.head"), spinner("settings-norm-head",
                m.normHead, 0, SettingsFormModel.MAX_NORM, 1), null), 1, 2);
        norms.add(new FieldBox(Tr.tr("settings.norm.department"), spinner("settings-norm-department",
                m.normDepartment, 0, SettingsFormModel.MAX_NORM, 2), null), 0, 3);
        norms.add(new FieldBox(Tr.tr("settings.norm.institution"), spinner("settings-norm-institution",
                m.normInstitution, 0, SettingsFormModel.MAX_NORM, 3), null), 1, 3);
        norms.add(new FieldBox(Tr.tr("settings.noticeDays"), spinner("settings-notice-days",
                m.noticeDays, 1, 10, 4), null), 0, 4);
        javafx.scene.control.CheckBox scale = new javafx.scene.control.CheckBox(Tr.tr("settings.scaleByWorkingDays"));
        scale.setId("settings-scale-norm");
        scale.setWrapText(true);
        scale.selectedProperty().bindBidirectional(m.scaleByWorkingDays);
        norms.add(scale, 1, 4);

        getChildren().addAll(section(Tr.tr("settings.section.who")), who,
                section(Tr.tr("settings.section.norms")), norms);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(10);
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setPercentWidth(50);
        g.getColumnConstraints().addAll(c, c);
        return g;
    }


    private Spinner<Integer> spinner(String id, IntegerProperty value, int min, int max, int slot) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get());
        s.setId(id);
        s.setEditable(true);
        s.setMaxWidth(Double.MAX_VALUE);
        s.getEditor().setTextFormatter(new javafx.scene.control.TextFormatter<>(
                c -> c.getControlNewText().matches("\\d{0,2}") ? c : null));
        ObjectProperty<Integer> boxed = value.asObject();
        keep[slot] = boxed;
        s.getValueFactory().valueProperty().bindBidirectional(boxed);
        // Typed digits count when focus leaves, not only on Enter.
        s.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                s.increment(0);
            }
        });
        return s;
    }

    private static final class PresetCell extends ListCell<NormPreset> {
        @Override
        protected void updateItem(NormPreset item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Tr.tr("preset." + item.name()));
        }
    }
}
