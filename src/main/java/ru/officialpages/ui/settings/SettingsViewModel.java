package ru.officialpages.ui.settings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import ru.officialpages.i18n.Tr;
import ru.officialpages.desk.Office;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/** The general settings: who the program works for and by which norms. */
public final class SettingsViewModel {
    /** Told after a change is saved, so other screens hear of it (the desks' change notice). */
    private Runnable changed = () -> { };

    private final Office office;
    private final TaskExecutor executor;
    private final SettingsFormModel form = new SettingsFormModel();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public SettingsViewModel(Office office, TaskExecutor executor) {
        this.office = office;
        this.executor = executor;
    }

    public void load() {
        load("");
    }

    /** Shows the settings as they are now and then says {@code notice} (empty: nothing). */
    private void load(String notice) {
        executor.execute(BackgroundTask.of(p -> office.settingsShown()).onSuccess(shown -> {
            shownVersion = shown.version();
            form.load(shown.settings());
            status.set("");
            problem.set(notice);
        }));
    }

    /**
     * The settings' version as they were shown (issue 19 item 7): they are saved on it, so settings another user
     * (or another window) saved meanwhile are not written over.
     */
    private java.util.OptionalLong shownVersion = java.util.OptionalLong.empty();

    public void save() {
        if (!form.validProperty().get()) {
            return;
        }
        var settings = form.toSettings(true);
        java.util.OptionalLong shown = shownVersion;
        executor.execute(BackgroundTask.of(p -> {
            office.save(settings, shown);
            return settings;
        }).onSuccess(s -> {
            // The save took the next version: the next one is made on it.
            shownVersion = shown.isPresent() ? java.util.OptionalLong.of(shown.getAsLong() + 1) : shown;
            problem.set("");
            status.set(Tr.tr("settings.saved"));
            changed.run();
        }).onFailure(e -> {
            if (ru.officialpages.desk.Refusals.isChangedMeanwhile(e)) {
                // Nothing was written: the form shows the settings as the other user saved them.
                load(ru.officialpages.desk.Refusals.russian(e));
            } else {
                status.set("");
                problem.set(ru.officialpages.desk.Refusals.russian(e));
            }
        }));
    }

    /** {@code r} runs after each change this screen saves. */
    public void onChanged(Runnable r) {
        changed = r;
    }

    public SettingsFormModel form() {
        return form;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last save was not made (empty: it was, or none was tried). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
