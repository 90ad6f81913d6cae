package ru.officialpages.ui.setup;

import java.time.Clock;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import ru.officialpages.domain.Settings;
import ru.officialpages.desk.Office;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.TaskExecutor;
import ru.officialpages.ui.settings.SettingsFormModel;

/** The first start: who the user works for and which norms apply. */
public final class SetupViewModel {
    private final Office office;
    private final TaskExecutor executor;
    private final Clock clock;
    private final DialogService dialogs;
    private final SettingsFormModel form = new SettingsFormModel();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);

    public SetupViewModel(Office office, TaskExecutor executor, Clock clock, DialogService dialogs) {
        this.office = office;
        this.executor = executor;
        this.clock = clock;
        this.dialogs = dialogs;
    }

    /**
     * Saves the settings, then calls {@code done} on the UI thread. The example settlement never
     * comes here: it opens in a folder of its own (issue 16 item 5).
     */
    public void finish(Runnable done) {
        if (!form.validProperty().get() || working.get()) {
            return;
        }
        Settings chosen = form.toSettings(true);
        working.set(true);
        executor.execute(BackgroundTask.of(p -> {
            office.save(chosen);
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

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
