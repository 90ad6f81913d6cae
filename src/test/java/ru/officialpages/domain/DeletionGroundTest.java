package ru.officialpages.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.officialpages.i18n.Tr;

/** The moderation checklist is the union of the seeds' grounds (domain.md, "Grounds for deleting a comment"). */
class DeletionGroundTest {

    @Test
    void everyGroundHasARussianNameAndAtLeastOneClause() {
        for (DeletionGround g : DeletionGround.values()) {
            assertThat(Tr.tr(g.titleKey())).as(g.name()).doesNotStartWith("!").matches("(?s).*[А-Яа-я].*");
            assertThat(g.clauses()).as(g.name()).isNotEmpty();
            for (DeletionGround.Clause c : g.clauses()) {
                assertThat(Tr.tr(c.key())).as(c.name()).doesNotStartWith("!").contains("п.");
            }
        }
    }

    @Test
    void theGroundsEverySeedNamesComeFromAllFourSeeds() {
        // Spam and obscene language are the only grounds all four seeds share.
        assertThat(DeletionGround.SPAM.clauses()).hasSize(4);
        assertThat(DeletionGround.OBSCENE_LANGUAGE.clauses()).hasSize(4);
        assertThat(DeletionGround.PERSONAL_DATA.clauses()).containsExactly(DeletionGround.Clause.NOVOALTAYSK_2_5);
        assertThat(DeletionGround.INCITEMENT_OF_HATRED.clauses()).containsExactly(DeletionGround.Clause.MINVODY_8);
        assertThat(DeletionGround.values()).hasSize(12);
    }
}
