package ru.officialpages.ui.setup;

import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import ru.officialpages.demo.DemoData;
import ru.officialpages.domain.Settings;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.TaskExecutor;
import ru.officialpages.ui.settings.SettingsFormModel;

/** The first start: who the user works for, which norms apply, and whether to load demo data. */
public final class SetupViewModel {
    private final SettingsRepository settings;
    private final DemoData demo;
    private final TaskExecutor executor;
    private final Clock clock;
    private final DialogService dialogs;
    private final SettingsFormModel form = new SettingsFormModel();
    final BooleanProperty loadDemo = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);

    public SetupViewModel(SettingsRepository settings, DemoData demo, TaskExecutor executor, Clock clock,
            DialogService dialogs) {
        this.settings = settings;
        this.demo = demo;
        this.executor = executor;
        this.clock = clock;
        this.dialogs = dialogs;
    }

    /** Saves the settings, loads demo data if asked, then calls {@code done} on the UI thread. */
    public void finish(Runnable done) {
        if (!form.validProperty().get() || working.get()) {
            return;
        }
        Settings chosen = form.toSettings(true);
        boolean withDemo = loadDemo.get();
        working.set(true);
        executor.execute(BackgroundTask.of(p -> {
            settings.save(chosen);
            if (withDemo && demo.canLoad()) {
                demo.load(LocalDate.now(clock));
            }
            return chosen;
        }).onSuccess(s -> {
            working.set(false);
            done.run();
        }).onFailure(e -> {
            working.set(false);
            dialogs.showError(e);
        }));
    }

    public SettingsFormModel form() {
        return form;
    }

    public BooleanProperty loadDemoProperty() {
        return loadDemo;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
