package ru.officialpages.ui.settings;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.RetentionPolicy;
import ru.officialpages.desk.Copies;
import ru.officialpages.desk.Copies.Copy;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * Настройки → Резервные копии: the list of copies, a copy on demand, restoring one, and where
 * copies go and how many are kept.
 */
public final class BackupsViewModel {
    static final DateTimeFormatter WHEN = RuFormat.DATE_TIME;

    /**
     * Puts a copy in place of the data. Done by the entry point, which owns the open database:
     * it closes it, replaces the file and opens the window again on the restored data.
     */
    @FunctionalInterface
    public interface Restore {
        void from(Path copy);
    }

    private final Copies backups;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDateTime> now;
    private final Restore restore;
    private DataTransferViewModel transfer;
    private final ObservableList<Copy> copies = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private String serverNote;
    public final StringProperty folder = new SimpleStringProperty("");
    public final IntegerProperty daily = new SimpleIntegerProperty(RetentionPolicy.standard().daily());
    public final IntegerProperty weekly = new SimpleIntegerProperty(RetentionPolicy.standard().weekly());
    public final IntegerProperty monthly = new SimpleIntegerProperty(RetentionPolicy.standard().monthly());

    public BackupsViewModel(Copies backups, TaskExecutor executor, DialogService dialogs, Supplier<LocalDateTime> now,
            Restore restore) {
        this.backups = backups;
        this.executor = executor;
        this.dialogs = dialogs;
        this.now = now;
        this.restore = restore;
    }

    public void load() {
        executor.execute(BackgroundTask.of(p -> new Loaded(backups.place(), backups.list()))
                .onSuccess(l -> {
                    folder.set(l.settings().folder().toString());
                    daily.set(l.settings().retention().daily());
                    weekly.set(l.settings().retention().weekly());
                    monthly.set(l.settings().retention().monthly());
                    copies.setAll(l.copies());
                }));
    }

    public void createCopy() {
        LocalDateTime at = now.get();
        executor.execute(BackgroundTask.of(p -> {
            Copy c = backups.make(at);
            return new Created(c, backups.list());
        }).onSuccess(c -> {
            copies.setAll(c.copies());
            status.set(Tr.tr("backup.ui.created", c.copy().file().getFileName()));
        }));
    }

    /** Asks first; the answer "yes" hands over to the entry point, which reopens the window. */
    public void restore(Copy copy) {
        if (copy == null) {
            return;
        }
        // A copy this program cannot use is refused before the window closes for the restore.
        executor.execute(BackgroundTask.of(p -> {
            backups.checkRestorable(copy.file());
            return copy;
        }).onSuccess(c -> {
            if (dialogs.confirm(Tr.tr("restore.ui.confirm.title"),
                    Tr.tr("restore.ui.confirm.text", WHEN.format(c.madeAt())), Tr.tr("restore.ui.confirm.yes"))) {
                restore.from(c.file());
            }
        }));
    }

    public void saveSettings() {
        String f = folder.get() == null ? "" : folder.get().strip();
        if (f.isEmpty()) {
            f = backups.defaultFolder().toString();
        }
        Copies.Place settings;
        try {
            settings = new Copies.Place(Path.of(f), new RetentionPolicy(daily.get(), weekly.get(), monthly.get()));
        } catch (IllegalArgumentException e) {
            status.set(Tr.tr("backup.ui.badSettings", RetentionPolicy.MAX));
            return;
        }
        LocalDateTime at = now.get();
        executor.execute(BackgroundTask.of(p -> {
            return backups.savePlace(settings, at.toLocalDate());
        }).onSuccess(list -> {
            copies.setAll(list);
            folder.set(settings.folder().toString());
            status.set(Tr.tr("backup.ui.saved"));
        }));
    }

    /**
     * On a district's server (issue 19) the program makes no copies: {@code note} says whose they are, and
     * the tab shows it with «Перенос данных» only.
     */
    public BackupsViewModel onServer(String note) {
        this.serverNote = note;
        return this;
    }

    /** What the tab says instead of the copies on a district's server; null over the folder's file. */
    public String serverNote() {
        return serverNote;
    }

    /** The «Перенос данных» section shown with the copies; none in windows without a data folder behind them. */
    public BackupsViewModel withTransfer(DataTransferViewModel transfer) {
        this.transfer = transfer;
        return this;
    }

    public DataTransferViewModel transfer() {
        return transfer;
    }

    public ObservableList<Copy> copies() {
        return copies;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private record Loaded(Copies.Place settings, List<Copy> copies) {
    }

    private record Created(Copy copy, List<Copy> copies) {
    }
}
