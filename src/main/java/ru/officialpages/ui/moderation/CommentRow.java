package ru.officialpages.ui.moderation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.SyncedComment;

/**
 * A new comment as «Новые комментарии» shows it: where and by whom, what the checks suggest, and
 * the decision being made (grounds ticked from the suggestions, the action, a message when the
 * decision cannot be recorded as it is).
 */
public final class CommentRow {
    private final SyncedComment comment;
    private final int depth;
    private final String pageLabel;
    private final List<String> suggestions;
    private final Map<DeletionGround, BooleanProperty> chosen = new EnumMap<>(DeletionGround.class);
    private final ObjectProperty<ModerationAction> action = new SimpleObjectProperty<>(ModerationAction.DELETED);
    private final StringProperty error = new SimpleStringProperty("");

    CommentRow(SyncedComment comment, int depth, String pageLabel, Set<DeletionGround> suggested, List<String> suggestions) {
        this.comment = comment;
        this.depth = depth;
        this.pageLabel = pageLabel;
        this.suggestions = List.copyOf(suggestions);
        for (DeletionGround g : DeletionGround.values()) {
            BooleanProperty on = new SimpleBooleanProperty(suggested.contains(g));
            on.addListener((o, was, now) -> error.set(""));
            chosen.put(g, on);
        }
        action.addListener((o, was, now) -> error.set(""));
    }

    public SyncedComment comment() {
        return comment;
    }

    /** 0 for a comment on the post, 1 and more for replies. */
    public int depth() {
        return depth;
    }

    public String pageLabel() {
        return pageLabel;
    }

    /** What the checks noticed and the grounds they suggest, each with the clause it follows. */
    public List<String> suggestions() {
        return suggestions;
    }

    public BooleanProperty chosen(DeletionGround g) {
        return chosen.get(g);
    }

    public Set<DeletionGround> chosenGrounds() {
        Set<DeletionGround> set = EnumSet.noneOf(DeletionGround.class);
        chosen.forEach((g, on) -> {
            if (on.get()) {
                set.add(g);
            }
        });
        return set;
    }

    public ObjectProperty<ModerationAction> actionProperty() {
        return action;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
