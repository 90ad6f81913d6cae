package ru.officialpages.text;

/** A lexicon file the program cannot read; the message (in Russian) names the line. */
public final class LexiconException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LexiconException(String message) {
        super(message);
    }

    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
