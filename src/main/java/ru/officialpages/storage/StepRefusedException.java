package ru.officialpages.storage;

import ru.officialpages.rules.MessageCourse;

/** A step of a message's course refused by {@link MessageCourse}; nothing was written. */
public final class StepRefusedException extends StorageException {
    private static final long serialVersionUID = 1L;
    private final MessageCourse.Refusal refusal;

    public StepRefusedException(MessageCourse.RefusedException cause) {
        super(cause.getMessage(), cause);
        this.refusal = cause.refusal();
    }

    public MessageCourse.Refusal refusal() {
        return refusal;
    }
}
