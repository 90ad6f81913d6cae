package ru.officialpages.domain;

import java.util.List;

/**
 * A ground on which a comment on an official page may be deleted: the union of the grounds the
 * seeds list (minvody order §8, novoaltaysk §2.5, novokubansky app.2 §14, ishtan §8). The
 * specialist picks the ground; the program only suggests one. Each ground knows which clauses
 * it comes from, so the moderation screen can show them in a tooltip and the weekly report can
 * count deletions per ground.
 */
public enum DeletionGround {
    /** "спам-рассылки": all four seeds. */
    SPAM(Clause.MINVODY_8, Clause.NOVOALTAYSK_2_5, Clause.NOVOKUBANSKY_14, Clause.ISHTAN_8),
    /** "нецензурные выражения" / "ненормативная лексика": all four seeds. */
    OBSCENE_LANGUAGE(Clause.MINVODY_8, Clause.NOVOALTAYSK_2_5, Clause.NOVOKUBANSKY_14, Clause.ISHTAN_8),
    /** "оскорбительные выражения", "оскорбления, агрессия". */
    INSULT(Clause.MINVODY_8, Clause.NOVOKUBANSKY_14, Clause.ISHTAN_8),
    /** "направленные на возбуждение ненависти либо вражды". */
    INCITEMENT_OF_HATRED(Clause.MINVODY_8),
    /** "порочащие ... по признакам пола, возраста ..." (minvody); "порочат честь, достоинство" (novoaltaysk). */
    DEFAMATION(Clause.MINVODY_8, Clause.NOVOALTAYSK_2_5),
    /** "нарушающие нормативные правовые акты". */
    BREAKING_THE_LAW(Clause.NOVOALTAYSK_2_5, Clause.NOVOKUBANSKY_14, Clause.ISHTAN_8),
    /** "неподтвержденные сведения о деятельности должностных лиц и органов". */
    UNVERIFIED_CLAIMS(Clause.NOVOALTAYSK_2_5),
    /** "контент и публикации, не относящиеся к теме аккаунта". */
    OFF_TOPIC(Clause.NOVOALTAYSK_2_5),
    /** "рекламу". */
    ADVERTISING(Clause.NOVOALTAYSK_2_5),
    /** "персональные данные граждан". */
    PERSONAL_DATA(Clause.NOVOALTAYSK_2_5),
    /** "просьбы (предложения) добавить в друзья, нажать «Мне нравится», проголосовать ...". */
    ENGAGEMENT_REQUESTS(Clause.NOVOALTAYSK_2_5),
    /** "провоцируют граждан на конфликт, в том числе в сфере межнациональных и межконфессиональных отношений". */
    PROVOKING_CONFLICT(Clause.NOVOALTAYSK_2_5);

    /** A clause of a seed that lists grounds for deleting comments. */
    public enum Clause {
        MINVODY_8, NOVOALTAYSK_2_5, NOVOKUBANSKY_14, ISHTAN_8;

        /** The key of the clause's Russian citation, e.g. "Новоалтайск, порядок, п. 2.5". */
        public String key() {
            return "moderation.clause." + name();
        }
    }

    private final List<Clause> clauses;

    DeletionGround(Clause... clauses) {
        this.clauses = List.of(clauses);
    }

    /** The clauses this ground comes from, in the order of the seeds. */
    public List<Clause> clauses() {
        return clauses;
    }

    /** The key of the ground's Russian name. */
    public String titleKey() {
        return "moderation.ground." + name();
    }
}
