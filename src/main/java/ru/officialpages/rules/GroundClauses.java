package ru.officialpages.rules;

import java.util.List;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.DeletionGround.Clause;
import ru.officialpages.domain.NormPreset;

/**
 * Which clause to cite for a deletion ground: the settlement's own order when it lists the ground
 * (ishtan-13 §8, mineralnye-vody order §8, novoaltaysk-608 §2.5, novokubansky-1740 app.2 §14),
 * otherwise — or for a settlement with its own rules — every seed that does.
 */
public final class GroundClauses {
    private GroundClauses() {
    }

    /** The clause of the preset's order on deleting comments; null for CUSTOM. */
    public static Clause ownClause(NormPreset preset) {
        return switch (preset) {
            case ISHTAN -> Clause.ISHTAN_8;
            case MINERALNYE_VODY -> Clause.MINVODY_8;
            case NOVOALTAYSK -> Clause.NOVOALTAYSK_2_5;
            case NOVOKUBANSKY -> Clause.NOVOKUBANSKY_14;
            case CUSTOM -> null;
        };
    }

    /** The clauses to show for {@code ground} to a settlement on {@code preset}. */
    public static List<Clause> shown(DeletionGround ground, NormPreset preset) {
        Clause own = ownClause(preset);
        if (own != null && ground.clauses().contains(own)) {
            return List.of(own);
        }
        return ground.clauses();
    }

    /** True when the settlement's own order names the ground. */
    public static boolean inOwnOrder(DeletionGround ground, NormPreset preset) {
        Clause own = ownClause(preset);
        return own != null && ground.clauses().contains(own);
    }
}
