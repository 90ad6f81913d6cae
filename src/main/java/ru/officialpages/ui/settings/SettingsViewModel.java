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

    public SettingsViewModel(Office office, TaskExecutor executor) {
        this.office = office;
        this.executor = executor;
    }

    public void load() {
        executor.execute(BackgroundTask.of(p -> office.settings()).onSuccess(s -> {
            form.load(s);
            status.set("");
        }));
    }

    public void save() {
        if (!form.validProperty().get()) {
            return;
        }
        var settings = form.toSettings(true);
        executor.execute(BackgroundTask.of(p -> {
            office.save(settings);
            return settings;
        }).onSuccess(s -> {
            status.set(Tr.tr("settings.saved"));
            changed.run();
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
}
