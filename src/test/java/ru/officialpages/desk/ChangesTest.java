package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The typed change notice: a subscriber hears the kinds it asked for, and every whole-file change. */
class ChangesTest {

    @Test
    void aSubscriberHearsItsKindsAndAllButNothingElse() {
        Changes changes = new Changes();
        List<Set<Change>> heard = new ArrayList<>();
        Changes.Listener listener = heard::add;
        changes.subscribe(EnumSet.of(Change.PAGES, Change.POSTS), listener);

        changes.announce(Change.MESSAGES);
        assertThat(heard).isEmpty();
        changes.announce(Change.POSTS, Change.PLAN);
        changes.announce(Change.ALL);
        assertThat(heard).containsExactly(EnumSet.of(Change.POSTS, Change.PLAN), EnumSet.of(Change.ALL));
        assertThat(changes.subscribers()).isEqualTo(1);
    }

    @Test
    void aSubscriberToAllHearsEveryKind() {
        Changes changes = new Changes();
        List<Set<Change>> heard = new ArrayList<>();
        Changes.Listener listener = heard::add;
        changes.subscribe(EnumSet.allOf(Change.class), listener);
        for (Change c : Change.values()) {
            changes.announce(c);
        }
        assertThat(heard).hasSize(Change.values().length);
    }

    @Test
    void aBurstAnnouncedBeforeTheSubscribersThreadGetsToItIsHeardOnceWithEveryKind() {
        Changes changes = new Changes();
        List<Set<Change>> heard = new ArrayList<>();
        Changes.Listener listener = heard::add;
        List<Runnable> uiThread = new ArrayList<>();
        changes.subscribe(EnumSet.of(Change.POSTS, Change.PAGES), uiThread::add, listener);

        changes.announce(Change.POSTS);
        changes.announce(Change.MESSAGES);
        changes.announce(Change.PAGES);
        changes.announce(Change.POSTS);
        assertThat(heard).as("nothing until the subscriber's thread runs the delivery").isEmpty();
        assertThat(uiThread).as("one delivery handed over for the burst").hasSize(1);
        uiThread.remove(0).run();
        assertThat(heard).containsExactly(EnumSet.of(Change.POSTS, Change.PAGES));

        // Once heard, the next announcement is handed over anew, on its own.
        changes.announce(Change.PAGES);
        assertThat(uiThread).hasSize(1);
        uiThread.remove(0).run();
        assertThat(heard).containsExactly(EnumSet.of(Change.POSTS, Change.PAGES), EnumSet.of(Change.PAGES));
    }

    @Test
    void onAThreadThatRunsAtOnceEveryAnnouncementIsHeardAsItIsMade() {
        Changes changes = new Changes();
        List<Set<Change>> heard = new ArrayList<>();
        Changes.Listener listener = heard::add;
        changes.subscribe(EnumSet.of(Change.POSTS), Runnable::run, listener);
        changes.announce(Change.POSTS);
        changes.announce(Change.POSTS, Change.PLAN);
        assertThat(heard).containsExactly(EnumSet.of(Change.POSTS), EnumSet.of(Change.POSTS, Change.PLAN));
    }
}
