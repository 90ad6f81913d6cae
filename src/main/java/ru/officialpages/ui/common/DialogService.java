package ru.officialpages.ui.common;

/** Questions and messages a view model puts to the user, without knowing about windows. */
public interface DialogService {
    /** Tells the user something went wrong, in Russian; the stack trace goes to the log. */
    void showError(Throwable error);

    void showInfo(String title, String text);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String question, String yesText);
}
