package ru.officialpages.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.officialpages.domain.DeletionGround;

/**
 * Suggests grounds for deleting a comment (minvody order §8, novoaltaysk §2.5, novokubansky
 * app.2 §14, ishtan §8) and shows the fragments behind each suggestion. It decides nothing:
 * insults, hatred, off-topic or unverified claims need a person's judgement, and even an
 * obscene-looking word is only a hint the specialist confirms.
 */
public final class CommentGrounds {
    private final ObsceneWords obscene;

    public CommentGrounds(ObsceneWords obscene) {
        this.obscene = obscene;
    }

    /** With the lexicon shipped with the program. */
    public static CommentGrounds builtIn() {
        return new CommentGrounds(ObsceneWords.builtIn());
    }

    /** Everything noticed in {@code comment}, in text order. */
    public List<CommentHint> hints(String comment) {
        List<CommentHint> all = new ArrayList<>(CommentSigns.find(comment));
        all.addAll(obscene.find(comment));
        all.sort(Comparator.comparingInt(CommentHint::start).thenComparingInt(CommentHint::end));
        return all;
    }

    /** The grounds the hints point to, in the order of {@link DeletionGround}. */
    public Set<DeletionGround> suggestedGrounds(String comment) {
        Set<DeletionGround> grounds = EnumSet.noneOf(DeletionGround.class);
        hints(comment).forEach(h -> grounds.addAll(h.grounds()));
        return grounds;
    }
}
