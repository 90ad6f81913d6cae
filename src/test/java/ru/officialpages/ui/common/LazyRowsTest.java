package ru.officialpages.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The log's rows refreshed in place after a change elsewhere: only what differs is reported, nothing emptied. */
class LazyRowsTest {
    private final List<String> data = new ArrayList<>(IntStream.range(0, 500).mapToObj(i -> "запись " + i).toList());
    private final List<int[]> fetched = new ArrayList<>();
    private final LazyRows<String> rows = new LazyRows<>(new DirectTaskExecutor(TestDialogs.failing()));

    private LazyRows.Source<String> source() {
        return (offset, limit) -> {
            fetched.add(new int[] {offset, limit});
            return List.copyOf(data.subList(offset, Math.min(data.size(), offset + limit)));
        };
    }

    @Test
    void aRefreshReportsOnlyTheRowsThatChangedAndTheNewEnd() {
        rows.reset(data.size(), source());
        assertThat(rows.get(5)).isEqualTo("запись 5");
        assertThat(rows.get(450)).as("not fetched yet: asked for").isNull();
        assertThat(rows.get(450)).isEqualTo("запись 450");
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "set " : c.wasAdded() ? "add " : "remove ") + c.getFrom() + "-" + c.getTo()
                        + " removed " + c.getRemovedSize());
            }
        });
        fetched.clear();
        data.set(7, "запись 7, исправленная");
        data.add("запись 500");

        rows.refresh(data.size(), source());

        // The new last row joins empty and is filled when its block is read anew.
        assertThat(changes).containsExactly("add 500-501 removed 0", "set 7-8 removed 1", "set 500-501 removed 1");
        assertThat(rows.get(7)).isEqualTo("запись 7, исправленная");
        assertThat(rows.get(451)).isEqualTo("запись 451");
        assertThat(rows.size()).isEqualTo(501);
        // The blocks shown (0 and 2) were read anew; the one never shown (1) only when it is.
        assertThat(fetched).extracting(f -> f[0]).containsExactlyInAnyOrder(0, 400);
        assertThat(rows.get(250)).isNull();
        assertThat(rows.get(250)).isEqualTo("запись 250");
    }

    @Test
    void aRefreshOfAShorterListRemovesItsEnd() {
        rows.reset(data.size(), source());
        rows.get(0);
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "set " : c.wasAdded() ? "add " : "remove ") + c.getFrom() + "-" + c.getTo()
                        + " removed " + c.getRemovedSize());
            }
        });
        data.remove(0);

        rows.refresh(data.size(), source());

        assertThat(changes.get(0)).isEqualTo("remove 499-499 removed 1");
        assertThat(changes).hasSize(2).last().isEqualTo("set 0-200 removed 200");
        assertThat(rows.get(0)).isEqualTo("запись 1");
        assertThat(rows.size()).isEqualTo(499);
    }
}
