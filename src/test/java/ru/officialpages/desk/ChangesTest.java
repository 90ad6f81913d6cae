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
}
