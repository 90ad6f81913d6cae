package ru.officialpages.domain;

/**
 * A social network or messenger. The list is the user's to extend; {@code code} is stable
 * (VK, OK, TELEGRAM, MAX, OTHER for the built-in ones), {@code name} is what the user reads.
 */
public record Network(String code, String name, String host) {
    public static final String VK = "VK";
    public static final String OK = "OK";
    public static final String TELEGRAM = "TELEGRAM";
    public static final String MAX = "MAX";
    public static final String OTHER = "OTHER";
}
