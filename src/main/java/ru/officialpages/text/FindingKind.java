package ru.officialpages.text;

/**
 * What a finding is about. The orders ask for correct Russian (minvody order §6,
 * novokubansky app.2 §8), a plain social-network style without officialese or press releases
 * (minvody order §7, novokubansky app.2 §10) and at most two citations of legal acts per post
 * (novokubansky app.2 §10); the network sets the length.
 */
public enum FindingKind {
    SPELLING,
    GRAMMAR,
    BUREAUCRATESE,
    LEGAL_CITATIONS,
    PRESS_RELEASE,
    READABILITY,
    LENGTH
}
