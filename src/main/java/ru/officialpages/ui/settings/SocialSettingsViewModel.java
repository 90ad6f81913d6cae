package ru.officialpages.ui.settings;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import ru.officialpages.desk.SocialConnections;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * Настройки → Соцсети: the VK service key (saved beside the database), its check against VK, and
 * what is and is not read. The key text is never put in a status or a log line.
 */
public final class SocialSettingsViewModel {
    private final SocialConnections social;
    private final TaskExecutor executor;
    private final StringProperty key = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper keyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper verdictOk = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper environmentNote = new ReadOnlyStringWrapper("");
    private String saved = "";

    public SocialSettingsViewModel(SocialConnections social, TaskExecutor executor) {
        this.social = social;
        this.executor = executor;
        key.addListener((o, was, now) -> {
            keyError.set(now.isBlank() ? "" : SocialConnections.problemWith(now).orElse(""));
            verdict.set("");
            status.set("");
        });
    }

    public void load() {
        environmentNote.set(social.keyFromEnvironment()
                ? Tr.tr("social.vk.environment", SocialConnections.TOKEN_VARIABLE) : "");
        executor.execute(BackgroundTask.of(p -> social.storedKey()).onSuccess(k -> {
            saved = k.orElse("");
            key.set(saved);
            status.set("");
        }));
    }

    /** Saves the key as typed; an emptied field removes the saved key. */
    public void save() {
        String k = key.get().strip();
        Optional<String> problem = k.isEmpty() ? Optional.empty() : SocialConnections.problemWith(k);
        if (problem.isPresent()) {
            keyError.set(problem.get());
            return;
        }
        executor.execute(BackgroundTask.of(p -> {
            social.saveKey(k);
            return k;
        }).onSuccess(done -> {
            saved = done;
            status.set(done.isEmpty() ? Tr.tr("social.vk.removed") : Tr.tr("social.vk.saved"));
        }).onFailure(e -> status.set(e.getMessage() == null ? Tr.tr("error.unexpected") : e.getMessage())));
    }

    /** Asks VK whether the key in the field (or, with the field empty, the one in use) works. */
    public void check() {
        String typed = key.get().strip();
        Optional<String> k = typed.isEmpty() ? social.effectiveKey() : Optional.of(typed);
        if (k.isEmpty()) {
            verdictOk.set(false);
            verdict.set(Tr.tr("social.key.empty"));
            return;
        }
        checking.set(true);
        verdictOk.set(false);
        verdict.set(Tr.tr("social.vk.checking"));
        executor.execute(BackgroundTask.of(p -> social.check(k.get())).onSuccess(v -> {
            checking.set(false);
            verdictOk.set(v.works());
            verdict.set(v.text() + (v.works() && !typed.equals(saved) ? " " + Tr.tr("social.vk.saveHint") : ""));
        }).onFailure(e -> {
            checking.set(false);
            verdictOk.set(false);
            verdict.set(Tr.tr("error.unexpected"));
        }));
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ReadOnlyStringProperty keyErrorProperty() {
        return keyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verdictOkProperty() {
        return verdictOk.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty environmentNoteProperty() {
        return environmentNote.getReadOnlyProperty();
    }

    private ru.officialpages.ui.common.SyncViewModel sync;

    /** Adds the window's sync, whose periodic refresh is set here; without it the tab has no such row. */
    public SocialSettingsViewModel withSync(ru.officialpages.ui.common.SyncViewModel sync) {
        this.sync = sync;
        return this;
    }

    public java.util.Optional<ru.officialpages.ui.common.SyncViewModel> sync() {
        return java.util.Optional.ofNullable(sync);
    }
}
