package ru.officialpages.ui.common;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.officialpages.desk.Refusals;
import ru.officialpages.desk.SocialSync;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;

/**
 * «Обновить из соцсетей» of one window (issue 17 item 2): the sync runs on a thread of its own, so the
 * database thread stays free for the clerk's work meanwhile (a sync of many pages waits minutes on
 * VK's 3 requests a second); progress and the outcome come back on the UI thread. Publications and
 * Today share this one model: one run at a time, one pace. Optionally it runs every N minutes while
 * the window is open (Настройки → Соцсети).
 */
public final class SyncViewModel implements AutoCloseable {
    /** The preference that holds the period, in minutes (0: only on request). */
    public static final String PERIOD_KEY = "sync.periodMinutes";
    public static final int MAX_PERIOD = 24 * 60;
    private static final Logger LOG = LoggerFactory.getLogger(SyncViewModel.class);

    /** Runs a job every so often until cancelled; the window's one is a daemon timer, a test's runs on demand. */
    public interface Ticker {
        AutoCloseable every(Duration period, Runnable job);
    }

    private final SocialSync sync;
    private final Consumer<Runnable> ui;
    private final Preferences prefs;
    private final Ticker ticker;
    private final Supplier<LocalDateTime> now;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sync");
        t.setDaemon(true);
        return t;
    });
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final IntegerProperty periodMinutes = new SimpleIntegerProperty(0);
    private final IntegerProperty planOffers = new SimpleIntegerProperty(0);
    private final List<SocialSync.PlanOffer> offers = new ArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Future<?> job;
    private AutoCloseable periodic;

    public SyncViewModel(SocialSync sync, Consumer<Runnable> ui, Preferences prefs, Ticker ticker,
            Supplier<LocalDateTime> now) {
        this.sync = sync;
        this.ui = ui;
        this.prefs = prefs;
        this.ticker = ticker;
        this.now = now;
        periodMinutes.set(Math.max(0, Math.min(MAX_PERIOD, prefs.getInt(PERIOD_KEY, 0))));
        periodMinutes.addListener((o, was, minutes) -> {
            prefs.putInt(PERIOD_KEY, minutes.intValue());
            schedule();
        });
        schedule();
    }

    /** The window's model: a daemon timer for the periodic runs. */
    public static SyncViewModel forWindow(SocialSync sync, TaskExecutor executor, Preferences prefs) {
        return new SyncViewModel(sync, executor::onUiThread, prefs, SyncViewModel::daemonTicker, LocalDateTime::now);
    }

    private static AutoCloseable daemonTicker(Duration period, Runnable job) {
        java.util.concurrent.ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sync-timer");
            t.setDaemon(true);
            return t;
        });
        s.scheduleAtFixedRate(job, period.toMillis(), period.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        return s::shutdownNow;
    }

    private void schedule() {
        stopPeriodic();
        int minutes = periodMinutes.get();
        if (minutes > 0) {
            periodic = ticker.every(Duration.ofMinutes(minutes), () -> ui.accept(this::start));
        }
    }

    private void stopPeriodic() {
        if (periodic != null) {
            try {
                periodic.close();
            } catch (Exception e) {
                LOG.debug("Periodic sync timer did not stop cleanly", e);
            }
            periodic = null;
        }
    }

    /** Starts a sync of every page unless one is running. */
    public void start() {
        if (running.get()) {
            return;
        }
        running.set(true);
        failed.set(false);
        progress.set(-1);
        status.set(Tr.tr("sync.ui.starting"));
        cancelled.set(false);
        job = thread.submit(() -> {
            try {
                SocialSync.Outcome o = sync.run(SocialSync.Request.ALL, new SocialSync.Progress() {
                    @Override
                    public void page(int done, int total, String label) {
                        ui.accept(() -> {
                            progress.set(total == 0 ? 1 : (double) done / total);
                            if (done < total) {
                                status.set(Tr.tr("sync.ui.page", done + 1, total, label));
                            }
                        });
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelled.get();
                    }
                });
                ui.accept(() -> finished(o));
            } catch (RuntimeException e) {
                LOG.error("Sync failed", e);
                String text = Refusals.russian(e);
                ui.accept(() -> {
                    running.set(false);
                    failed.set(true);
                    status.set(text);
                });
            }
        });
    }

    /** Stops after the request under way; what was read so far is kept. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        cancelled.set(true);
        status.set(Tr.tr("sync.ui.stopping"));
        if (job != null) {
            job.cancel(true);
        }
    }

    private void finished(SocialSync.Outcome o) {
        running.set(false);
        progress.set(1);
        offers.clear();
        offers.addAll(o.offers());
        planOffers.set(offers.size());
        StringBuilder lines = new StringBuilder();
        long noted = 0;
        for (SocialSync.PageResult r : o.pages()) {
            lines.append(switch (r.state()) {
                case READ -> Tr.tr("sync.ui.line.read", r.label(), r.added(), r.updated(), r.comments());
                case NOTED -> Tr.tr("sync.ui.line.noted", r.label(), r.note());
                case NOT_READ -> Tr.tr("sync.ui.line.notRead", r.label());
            }).append('\n');
            if (r.state() == SocialSync.PageState.NOTED) {
                noted++;
            }
        }
        details.set(lines.toString().strip());
        failed.set(o.stop() != SocialSync.Stop.NONE && o.stop() != SocialSync.Stop.CANCELLED);
        if (o.pages().isEmpty()) {
            status.set(Tr.tr("sync.cli.noPages"));
        } else if (o.stop() == SocialSync.Stop.NONE) {
            String done = Tr.tr("sync.ui.done", RuFormat.time(now.get()), o.added(), o.updated(), o.comments());
            status.set(noted == 0 ? done : done + " " + Tr.tr("sync.ui.noted", noted));
        } else {
            status.set(o.stopText());
        }
    }

    /** Marks the plan items offered by the last sync published with their posts. */
    public void markPlan() {
        List<SocialSync.PlanOffer> marked = List.copyOf(offers);
        if (marked.isEmpty() || running.get()) {
            return;
        }
        offers.clear();
        planOffers.set(0);
        thread.submit(() -> {
            try {
                sync.markPublished(marked);
                ui.accept(() -> status.set(Tr.tr("sync.cli.planMarked", marked.size())));
            } catch (RuntimeException e) {
                LOG.error("Marking plan items failed", e);
                String text = Refusals.russian(e);
                ui.accept(() -> status.set(text));
            }
        });
    }

    /** The offered plan items, for the control's question. */
    public List<SocialSync.PlanOffer> offers() {
        return List.copyOf(offers);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0…1 over the pages; −1 before the first page is known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** One line per page of the last run: read, its note, or not reached. */
    public ReadOnlyStringProperty detailsProperty() {
        return details;
    }

    /** True when the last run stopped short (a refused key, the day's limit, no network) or failed. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    public ReadOnlyIntegerProperty planOffersProperty() {
        return planOffers;
    }

    /** Every how many minutes to read while the window is open; 0 for only on request. Kept in the preferences. */
    public IntegerProperty periodMinutesProperty() {
        return periodMinutes;
    }

    @Override
    public void close() {
        stopPeriodic();
        cancelled.set(true);
        thread.shutdownNow();
    }
}
