package ru.officialpages.ui.common;

/**
 * Dialogs for tests: an error or a message nobody expected fails the test instead of waiting
 * on a modal window; a question gets the answer the test chose, or fails when it chose none.
 */
public final class TestDialogs implements DialogService {
    private final Boolean answer;

    private TestDialogs(Boolean answer) {
        this.answer = answer;
    }

    /** Any dialog at all fails the test. */
    public static TestDialogs failing() {
        return new TestDialogs(null);
    }

    /** Questions are answered {@code yes}; errors and messages still fail the test. */
    public static TestDialogs answering(boolean yes) {
        return new TestDialogs(yes);
    }

    @Override
    public void showError(Throwable error) {
        throw new AssertionError("unexpected error dialog", error);
    }

    @Override
    public void showInfo(String title, String text) {
        throw new AssertionError("unexpected dialog: " + text);
    }

    @Override
    public boolean confirm(String title, String question, String yesText) {
        if (answer == null) {
            throw new AssertionError("unexpected question: " + question);
        }
        return answer;
    }
}
