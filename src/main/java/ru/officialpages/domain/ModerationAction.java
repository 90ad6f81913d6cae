package ru.officialpages.domain;

/**
 * What was done with a comment (issue 6; V8 stores the name). Blacklisting and restricting
 * put the author on the blacklist (minvody order §8: "вносит пользователя в черный список").
 */
public enum ModerationAction {
    DELETED, BLACKLISTED, RESTRICTED, LEFT, ANSWERED;

    /** True when the author goes on the blacklist with this action. */
    public boolean restrictsAuthor() {
        return this == BLACKLISTED || this == RESTRICTED;
    }

    /** The key of the choice as the form offers it ("Внести автора в чёрный список"). */
    public String choiceKey() {
        return "moderation.action." + name();
    }

    /** The key of the short past-tense name a table shows ("Автор в чёрном списке"). */
    public String doneKey() {
        return "moderation.done." + name();
    }
}
