package ru.officialpages.desk;

/**
 * A refusal or failure said in Russian, fit to show the user as it is; the cause keeps the
 * technical detail for the log. Desks turn storage's and the rules' own exceptions into this.
 */
public final class DeskException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeskException(String russian, Throwable cause) {
        super(russian, cause);
    }
}
