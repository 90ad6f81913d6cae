package ru.officialpages.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Settings;
import ru.officialpages.domain.WeeklyNorms;
import ru.officialpages.i18n.Tr;

/**
 * The fields of the settings, shared by the first-start setup and the Settings screen.
 * Choosing a preset fills in its norms; changing a norm by hand makes the preset "Свой".
 */
public final class SettingsFormModel {
    static final int MAX_NORM = 50;

    final StringProperty municipality = new SimpleStringProperty("");
    final StringProperty headName = new SimpleStringProperty("");
    final StringProperty headPosition = new SimpleStringProperty("");
    final StringProperty preparerName = new SimpleStringProperty("");
    final StringProperty preparerPosition = new SimpleStringProperty("");
    final ObjectProperty<NormPreset> preset = new SimpleObjectProperty<>(NormPreset.ISHTAN);
    final IntegerProperty normAdministration = new SimpleIntegerProperty();
    final IntegerProperty normHead = new SimpleIntegerProperty();
    final IntegerProperty normDepartment = new SimpleIntegerProperty();
    final IntegerProperty normInstitution = new SimpleIntegerProperty();
    final IntegerProperty noticeDays = new SimpleIntegerProperty(3);
    final javafx.beans.property.BooleanProperty scaleByWorkingDays = new javafx.beans.property.SimpleBooleanProperty(false);

    private final StringBinding municipalityError;
    private final BooleanBinding valid;
    private boolean applyingPreset;

    public SettingsFormModel() {
        municipalityError = Bindings.createStringBinding(
                () -> municipality.get().isBlank() ? Tr.tr("settings.error.municipality") : "", municipality);
        valid = municipalityError.isEmpty();
        preset.addListener((o, was, now) -> {
            if (now != null && now != NormPreset.CUSTOM) {
                applyPreset(now);
            }
        });
        for (IntegerProperty norm : new IntegerProperty[] {normAdministration, normHead, normDepartment, normInstitution}) {
            norm.addListener((o, was, now) -> {
                if (!applyingPreset && preset.get() != NormPreset.CUSTOM && !norms().equals(preset.get().norms())) {
                    preset.set(NormPreset.CUSTOM);
                }
            });
        }
        applyPreset(preset.get());
    }

    private void applyPreset(NormPreset p) {
        applyingPreset = true;
        try {
            normAdministration.set(p.norms().administration());
            normHead.set(p.norms().head());
            normDepartment.set(p.norms().department());
            normInstitution.set(p.norms().institution());
            noticeDays.set(p.coordinatorNoticeDays());
        } finally {
            applyingPreset = false;
        }
    }

    public void load(Settings s) {
        applyingPreset = true;
        try {
            municipality.set(s.municipality());
            headName.set(s.headName());
            headPosition.set(s.headPosition());
            preparerName.set(s.preparerName());
            preparerPosition.set(s.preparerPosition());
            preset.set(s.preset());
            normAdministration.set(s.norms().administration());
            normHead.set(s.norms().head());
            normDepartment.set(s.norms().department());
            normInstitution.set(s.norms().institution());
            noticeDays.set(s.coordinatorNoticeDays());
            scaleByWorkingDays.set(s.scaleNormByWorkingDays());
        } finally {
            applyingPreset = false;
        }
    }

    WeeklyNorms norms() {
        return new WeeklyNorms(normAdministration.get(), normHead.get(), normDepartment.get(), normInstitution.get());
    }

    public Settings toSettings(boolean setupDone) {
        return new Settings(municipality.get(), headName.get(), headPosition.get(), preparerName.get(),
                preparerPosition.get(), preset.get(), norms(), noticeDays.get(), scaleByWorkingDays.get(), setupDone);
    }

    public StringProperty municipalityProperty() {
        return municipality;
    }

    public ObjectProperty<NormPreset> presetProperty() {
        return preset;
    }

    public IntegerProperty normAdministrationProperty() {
        return normAdministration;
    }

    public StringBinding municipalityError() {
        return municipalityError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
