package ru.officialpages.text;

import java.util.Set;
import ru.officialpages.domain.DeletionGround;

/**
 * What a comment hint noticed, and the deletion grounds it may point to. A hint only suggests:
 * the specialist decides, because the orders name grounds, not words (minvody order §8,
 * novoaltaysk §2.5, novokubansky app.2 §14, ishtan §8).
 */
public enum HintKind {
    /** A word from the obscene lexicon, however disguised ("нецензурные выражения" in every seed). */
    OBSCENE_WORD(Set.of(DeletionGround.OBSCENE_LANGUAGE)),
    /** A web address: the usual carrier of spam and advertising (novoaltaysk §2.5). */
    LINK(Set.of(DeletionGround.SPAM, DeletionGround.ADVERTISING)),
    /** "Подпишитесь", "ставьте лайк", "голосуйте", "добавьте в друзья" (novoaltaysk §2.5). */
    ENGAGEMENT_REQUEST(Set.of(DeletionGround.ENGAGEMENT_REQUESTS, DeletionGround.SPAM)),
    /** "Продам", "скидка", "заработок": advertising (novoaltaysk §2.5). */
    ADVERTISING_PHRASE(Set.of(DeletionGround.ADVERTISING)),
    /** Personal data of citizens (novoaltaysk §2.5). */
    PHONE(Set.of(DeletionGround.PERSONAL_DATA)),
    EMAIL(Set.of(DeletionGround.PERSONAL_DATA)),
    PASSPORT(Set.of(DeletionGround.PERSONAL_DATA)),
    SNILS(Set.of(DeletionGround.PERSONAL_DATA));

    private final Set<DeletionGround> grounds;

    HintKind(Set<DeletionGround> grounds) {
        this.grounds = grounds;
    }

    /** The grounds this kind of hint suggests. */
    public Set<DeletionGround> grounds() {
        return grounds;
    }
}
