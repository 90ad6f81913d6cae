package ru.officialpages.ui;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.util.Duration;
import org.slf4j.LoggerFactory;
import ru.officialpages.domain.Message;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.DeadlineWatch;
import ru.officialpages.rules.WorkingTime;
import ru.officialpages.desk.Office;
import ru.officialpages.desk.MessageDesk;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * Tells the clerk, even with the window behind others, when a citizen's message is 30 working
 * minutes from its deadline or past it (novokubansky-1740 app.1 §9, §17, §18): once per message and
 * stage ({@link DeadlineWatch}). Where the system has a notification area (Windows, most Linux
 * desktops), a balloon from the program's tray icon; always the window's own marks: the count in
 * the title and on Сообщения in the rail ({@link #urgentProperty()}). Looks once a minute.
 */
final class DeadlineNotifier {
    /** Messages due this far ahead in calendar days are read; 30 working minutes never reach past a long holiday. */
    private static final int LOOK_AHEAD_DAYS = 15;
    /** More new alerts at once than this are told in one line, not one balloon each. */
    private static final int SINGLE_ALERTS = 3;
    private static final String TOLD = "told";

    private final MessageDesk messages;
    private final Office calendar;
    private final TaskExecutor executor;
    private final java.time.Clock clock;
    private final Preferences store;
    private final DeadlineWatch watch;
    private final ReadOnlyIntegerWrapper urgent = new ReadOnlyIntegerWrapper(0);
    private final Consumer<List<String>> tellInWindow;
    private Timeline timeline;
    private TrayIcon trayIcon;

    /**
     * {@code store}: where what was told is kept between runs (one node per data folder);
     * {@code tellInWindow} gets the lines of new alerts when there is no notification area.
     */
    DeadlineNotifier(MessageDesk messages, Office calendar, TaskExecutor executor,
            java.time.Clock clock, Preferences store, Consumer<List<String>> tellInWindow) {
        this.messages = messages;
        this.calendar = calendar;
        this.executor = executor;
        this.clock = clock;
        this.store = store;
        this.tellInWindow = tellInWindow;
        String told = store.get(TOLD, "");
        this.watch = new DeadlineWatch(told.isEmpty() ? List.of() : Arrays.asList(told.split(",")));
    }

    /** Open messages now overdue or within 30 working minutes of their deadline. */
    ReadOnlyIntegerProperty urgentProperty() {
        return urgent.getReadOnlyProperty();
    }

    void start() {
        check();
        timeline = new Timeline(new KeyFrame(Duration.minutes(1), e -> check()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    void stop() {
        if (timeline != null) {
            timeline.stop();
        }
        TrayIcon icon = trayIcon;
        if (icon != null) {
            EventQueue.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
        }
    }

    /** One look: reads the messages due soon on the database thread, decides there, tells here. */
    void check() {
        executor.execute(BackgroundTask.of(p -> {
            LocalDateTime now = LocalDateTime.now(clock);
            WorkingTime time = calendar.workingTime();
            List<Message> due = messages.dueBefore(now.plusDays(LOOK_AHEAD_DAYS));
            List<DeadlineWatch.Alert> alerts = watch.check(due, now, time);
            int count = 0;
            for (Message m : due) {
                if (m.stage().isOpen() && m.dueAt() != null && (!m.dueAt().isAfter(now)
                        || time.between(now, m.dueAt()).compareTo(DeadlineWatch.AHEAD) <= 0)) {
                    count++;
                }
            }
            store.put(TOLD, kept(watch.told()));
            return new Result(alerts, count);
        }).onSuccess(r -> {
            urgent.set(r.urgent());
            if (!r.alerts().isEmpty()) {
                tell(lines(r.alerts()));
            }
        }).onFailure(e -> LoggerFactory.getLogger(DeadlineNotifier.class).warn("Deadline check failed", e)));
    }

    private record Result(List<DeadlineWatch.Alert> alerts, int urgent) {
    }

    /** The keys that fit one preference value; the newest are kept. */
    private static String kept(List<String> told) {
        String joined = String.join(",", told);
        while (joined.length() > Preferences.MAX_VALUE_LENGTH) {
            joined = joined.substring(joined.indexOf(',') + 1);
        }
        return joined;
    }

    static List<String> lines(List<DeadlineWatch.Alert> alerts) {
        if (alerts.size() > SINGLE_ALERTS) {
            long overdue = alerts.stream().filter(a -> a.level() == DeadlineWatch.Level.OVERDUE).count();
            return List.of(Tr.tr("deadline.many", alerts.size(), overdue));
        }
        return alerts.stream().map(a -> {
            Message m = a.message();
            String who = m.authorName().isEmpty() ? m.networkCode() : m.authorName();
            String key = a.level() == DeadlineWatch.Level.OVERDUE ? "deadline.overdue" : "deadline.soon";
            return Tr.tr(key, who, RuFormat.dateTime(m.dueAt()));
        }).toList();
    }

    private void tell(List<String> lines) {
        String text = String.join("\n", lines);
        if (!trayPossible()) {
            tellInWindow.accept(lines);
            return;
        }
        EventQueue.invokeLater(() -> {
            try {
                if (trayIcon == null) {
                    java.awt.Image image = java.awt.Toolkit.getDefaultToolkit().getImage(
                            DeadlineNotifier.class.getResource("icon.png"));
                    TrayIcon icon = new TrayIcon(image, Tr.tr("app.title"));
                    icon.setImageAutoSize(true);
                    SystemTray.getSystemTray().add(icon);
                    trayIcon = icon;
                }
                trayIcon.displayMessage(Tr.tr("deadline.title"), text, TrayIcon.MessageType.WARNING);
            } catch (java.awt.AWTException | RuntimeException e) {
                LoggerFactory.getLogger(DeadlineNotifier.class).info("No notification area: {}", e.toString());
                javafx.application.Platform.runLater(() -> tellInWindow.accept(lines));
            }
        });
    }

    private static boolean trayPossible() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | java.awt.AWTError | LinkageError e) {
            // No display, or a toolkit that cannot start: the window's own marks remain.
            return false;
        }
    }
}
