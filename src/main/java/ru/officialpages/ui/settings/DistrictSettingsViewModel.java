package ru.officialpages.ui.settings;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import ru.officialpages.desk.DistrictSignIn;
import ru.officialpages.desk.ServerChoice;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * Настройки → Районная база (issue 19 item 1): where the window's data is now, where the next start opens,
 * and the two ways to change it — connect to a district's server, or go back to the file on this computer.
 * Either switches at once (the window opens again) and is remembered for the next start.
 */
public final class DistrictSettingsViewModel {
    /** What the window works on now: the folder's file, or a server (shown as login@server:port/database). */
    public record Current(String folder, Optional<String> server, boolean fromStartArgument) {
    }

    private final DistrictSignIn signIn;
    private final TaskExecutor executor;
    private final Current current;
    private final DistrictConnectViewModel.Connector connector;
    private final Runnable toFile;
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canGoToFile = new ReadOnlyBooleanWrapper(false);
    private Optional<ServerChoice> remembered = Optional.empty();

    /**
     * {@code connector} checks a login and opens the window on the server; {@code toFile} (on the UI thread)
     * opens it again on the folder's file after the choice is forgotten.
     */
    public DistrictSettingsViewModel(DistrictSignIn signIn, TaskExecutor executor, Current current,
            DistrictConnectViewModel.Connector connector, Runnable toFile) {
        this.signIn = signIn;
        this.executor = executor;
        this.current = current;
        this.connector = connector;
        this.toFile = toFile;
    }

    public void load() {
        executor.execute(BackgroundTask.of(p -> signIn.remembered()).onSuccess(this::show));
    }

    private void show(Optional<ServerChoice> choice) {
        remembered = choice;
        next.set(choice.map(c -> Tr.tr("settings.district.next.server", c.display()))
                .orElseGet(() -> Tr.tr("settings.district.next.file")));
        canGoToFile.set(current.server().isPresent() || choice.isPresent());
    }

    public String now() {
        return current.server().map(s -> Tr.tr("settings.district.now.server", s))
                .orElseGet(() -> Tr.tr("settings.district.now.file", current.folder()));
    }

    /** The window was started with {@code --db} or {@code OFFICIAL_PAGES_DB}: that address wins over the choice here. */
    public boolean fromStartArgument() {
        return current.fromStartArgument();
    }

    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoToFileProperty() {
        return canGoToFile.getReadOnlyProperty();
    }

    /** What «Подключиться к районной базе…» connects with. */
    public DistrictConnectViewModel.Connector connector() {
        return connector;
    }

    /** The server the connect form starts with: the remembered one, if any. */
    public Optional<ServerChoice> known() {
        return remembered;
    }

    /**
     * Forgets the server; on a server, the window then opens again on the folder's file, otherwise only
     * the next start changes.
     */
    public void goToFile() {
        executor.execute(BackgroundTask.of(p -> {
            signIn.forget();
            return Optional.<ServerChoice>empty();
        }).onSuccess(none -> {
            show(none);
            if (current.server().isPresent()) {
                toFile.run();
            }
        }));
    }
}
