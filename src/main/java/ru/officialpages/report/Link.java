package ru.officialpages.report;

import java.util.Objects;

/** A hyperlink cell's shown text and its address. */
public record Link(String text, String address) {
    public Link {
        Objects.requireNonNull(address, "address");
        text = text == null || text.isBlank() ? address : text;
    }

    public static Link to(String address) {
        return new Link(address, address);
    }
}
