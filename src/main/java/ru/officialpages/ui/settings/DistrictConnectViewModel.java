package ru.officialpages.ui.settings;

import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import ru.officialpages.desk.ServerChoice;
import ru.officialpages.desk.SignInRefusal;
import ru.officialpages.desk.SignInRefusal.Field;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * «Подключиться к районной базе» (issue 19 item 1): server, database, login and password; «Проверить и
 * подключиться» tries them off the UI thread and says what is wrong next to the field it is about.
 */
public final class DistrictConnectViewModel {
    /**
     * Checks the login on the server and opens the window's data there; called off the UI thread. Returns
     * what to do on the UI thread once connected (the entry point opens the window on the server), or
     * throws a {@link SignInRefusal} for a field, or another exception whose message is Russian.
     */
    @FunctionalInterface
    public interface Connector {
        Runnable connect(ServerChoice choice, String password);
    }

    private final Connector connector;
    private final TaskExecutor executor;
    public final StringProperty server = new SimpleStringProperty("");
    public final StringProperty database = new SimpleStringProperty("");
    public final StringProperty login = new SimpleStringProperty("");
    public final StringProperty password = new SimpleStringProperty("");
    private final Map<Field, ReadOnlyStringWrapper> errors = Map.of(Field.SERVER, new ReadOnlyStringWrapper(""),
            Field.DATABASE, new ReadOnlyStringWrapper(""), Field.LOGIN, new ReadOnlyStringWrapper(""),
            Field.PASSWORD, new ReadOnlyStringWrapper(""));
    /** A failure that is no one field's (the server answered strangely): under the button. */
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);

    /** With {@code known}, the form starts with that server, database and login (the one remembered). */
    public DistrictConnectViewModel(Connector connector, TaskExecutor executor, Optional<ServerChoice> known) {
        this.connector = connector;
        this.executor = executor;
        known.ifPresent(k -> {
            server.set(k.server());
            database.set(k.database());
            login.set(k.login());
        });
        // A field corrected is no longer wrong: its message goes as the user types.
        server.addListener((o, was, now) -> errors.get(Field.SERVER).set(""));
        database.addListener((o, was, now) -> errors.get(Field.DATABASE).set(""));
        login.addListener((o, was, now) -> errors.get(Field.LOGIN).set(""));
        password.addListener((o, was, now) -> errors.get(Field.PASSWORD).set(""));
    }

    /**
     * Checks the fields, then connects in the background; on success runs what the connector gave back, then
     * {@code connected}, both on the UI thread. The password is dropped from the form either way once tried.
     */
    public void connect(Runnable connected) {
        if (working.get()) {
            return;
        }
        errors.values().forEach(e -> e.set(""));
        failure.set("");
        ServerChoice choice;
        try {
            choice = ServerChoice.of(server.get(), database.get(), login.get());
        } catch (SignInRefusal r) {
            errors.get(r.field()).set(r.getMessage());
            return;
        }
        if (password.get().isEmpty()) {
            errors.get(Field.PASSWORD).set(Tr.tr("server.connect.error.passwordEmpty"));
            return;
        }
        String typed = password.get();
        working.set(true);
        executor.execute(BackgroundTask.of(p -> connector.connect(choice, typed)).onSuccess(open -> {
            working.set(false);
            password.set("");
            open.run();
            connected.run();
        }).onFailure(e -> {
            working.set(false);
            if (e instanceof SignInRefusal r) {
                errors.get(r.field()).set(r.getMessage());
            } else {
                failure.set(ru.officialpages.desk.Refusals.isSaid(e) ? ru.officialpages.desk.Refusals.russian(e)
                        : Tr.tr("error.unexpected"));
            }
        }));
    }

    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
