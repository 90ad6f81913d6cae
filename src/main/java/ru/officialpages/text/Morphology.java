package ru.officialpages.text;

/**
 * What the press-release signs need to know about a Russian word form. Each answer is "may be":
 * a form like "организации" is genitive, dative, prepositional or plural nominative, and
 * without parsing the sentence we cannot tell which.
 */
interface Morphology {
    /** A noun that may stand in the genitive ("отдела", "культуры", "вопросов"). */
    boolean mayBeGenitiveNoun(String word);

    /** A noun that may stand in the instrumental ("администрацией", "подрядчиком"). */
    boolean mayBeInstrumentalNoun(String word);

    /** A short passive participle ("проведено", "построен", "вручены"). */
    boolean isShortPassiveParticiple(String word);

    /** Which morphology this is, for the record. */
    String name();
}
