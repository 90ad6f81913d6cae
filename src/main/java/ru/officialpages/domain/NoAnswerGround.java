package ru.officialpages.domain;

/**
 * Why a message is left without an answer, novokubansky-1740 app.1 §21: intent to harm another
 * person, obscene words, insults, threats to the life, health or property of an official or
 * their family.
 */
public enum NoAnswerGround {
    HARM_INTENT,
    OBSCENITY,
    INSULT,
    THREAT
}
