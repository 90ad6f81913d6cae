package ru.officialpages.desk;

/**
 * Connecting to the district's server was refused, said in Russian and tied to the form's field it is
 * about (issue 19 item 1): the window shows it next to that field.
 */
public final class SignInRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The field of «Подключиться к районной базе» the refusal is about. */
    public enum Field {
        SERVER, DATABASE, LOGIN, PASSWORD
    }

    private final Field field;

    public SignInRefusal(Field field, String russian) {
        super(russian);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
