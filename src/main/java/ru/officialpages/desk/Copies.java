package ru.officialpages.desk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import ru.officialpages.rules.RetentionPolicy;
import ru.officialpages.storage.BackupCopy;
import ru.officialpages.storage.BackupReason;
import ru.officialpages.storage.BackupSettings;
import ru.officialpages.storage.Backups;

/**
 * The data folder's copies, as Настройки → Резервные копии and the {@code backup}/{@code restore}
 * commands use them: list them, make one (the live file checked first, so a damaged file never
 * pushes a sound copy out of the rotation), check a copy before it goes in place of the data, put it
 * there, and say where copies go and how many are kept. Works without the database open: a restore
 * is the way back when it is damaged.
 */
public final class Copies {

    /** Why a copy was made; its name is the key of {@code backup.reason.*}. */
    public enum Reason {
        DAILY, MANUAL, BEFORE_UPDATE, BEFORE_RESTORE
    }

    /** One copy in the backups folder. */
    public record Copy(Path file, LocalDateTime madeAt, Reason reason, long size) {
    }

    /** Where copies go and how many of each kind are kept. */
    public record Place(Path folder, RetentionPolicy retention) {
    }

    private final Backups backups;
    private final Runnable soundCheck;

    /** The copies of a folder whose live file is checked by {@code soundCheck} (which throws when it is damaged). */
    public Copies(Backups backups, Runnable soundCheck) {
        this.backups = backups;
        this.soundCheck = soundCheck;
    }

    /** The copies of a folder whose live file needs no check of its own (opened with its full check already). */
    public Copies(Backups backups) {
        this(backups, () -> { });
    }

    /** The same copies, with the live file checked by {@code check} before each copy. */
    public Copies checkedBy(Runnable check) {
        return new Copies(backups, check);
    }

    public Path folder() {
        return backups.folder();
    }

    /** The copies, newest first. */
    public List<Copy> list() {
        return backups.list().stream().map(Copies::copy).toList();
    }

    public Place place() {
        BackupSettings s = backups.settingsFile().load();
        return new Place(s.folder(), s.retention());
    }

    /** The folder used when the clerk leaves the field empty. */
    public Path defaultFolder() {
        return backups.settingsFile().defaultFolder();
    }

    /** A copy the clerk asked for, after the live file's full check. */
    public Copy make(LocalDateTime at) {
        soundCheck.run();
        return copy(backups.create(BackupReason.MANUAL, at));
    }

    /** A copy to a file of the clerk's choice (an existing file is refused), after the live file's full check. */
    public void exportTo(Path target) {
        soundCheck.run();
        backups.exportTo(target);
    }

    /** Saves where copies go and how many are kept; the copies no longer kept go at once. Returns the list now. */
    public List<Copy> savePlace(Place place, LocalDate today) {
        backups.settingsFile().save(new BackupSettings(place.folder(), place.retention()));
        backups.prune(today);
        return list();
    }

    /**
     * Refuses, with a {@link DeskException} saying why in Russian, a copy that cannot be put in place of
     * the data (damaged, another program's, a newer program's, changed outside the program); reads it only.
     */
    public void checkRestorable(Path copy) {
        Refusals.said(() -> {
            backups.checkRestorable(copy);
            return null;
        });
    }

    /**
     * Puts {@code copy} in place of the data (the database must be closed); the state before is kept
     * as a copy of its own, which is returned if one could be made.
     */
    public Optional<Copy> restore(Path copy, LocalDateTime now) {
        return Refusals.said(() -> backups.restore(copy, now)).map(Copies::copy);
    }

    /** The newest copy that is sound and ours: what to offer when the data file is damaged. */
    public Optional<Copy> newestGood() {
        return backups.newestGood().map(Copies::copy);
    }

    /** The listed copy made of {@code file}, if it is one of the folder's. */
    public Optional<Copy> find(Path file) {
        return list().stream().filter(c -> c.file().equals(file)).findFirst();
    }

    private static Copy copy(BackupCopy c) {
        return new Copy(c.file(), c.madeAt(), Reason.valueOf(c.reason().name()), c.size());
    }
}
