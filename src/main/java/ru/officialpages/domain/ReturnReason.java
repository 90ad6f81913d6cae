package ru.officialpages.domain;

/**
 * Why the curator sends a draft answer back to the executor, novokubansky-1740 app.1 §14: it does
 * not match the question; it does not meet §20 (the network's manner, the substance, correct
 * Russian); it redirects to another body; it has spelling or punctuation errors.
 */
public enum ReturnReason {
    OFF_QUESTION,
    BREAKS_FORMAT,
    REDIRECTED,
    ERRORS
}
