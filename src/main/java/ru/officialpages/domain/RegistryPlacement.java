package ru.officialpages.domain;

import java.time.LocalDate;

/**
 * The specialist's mark that a quarter's registry of pages was placed on the website (novoaltaysk-608 §3.5):
 * the day, and the link to it when there is one ({@code ""} otherwise).
 */
public record RegistryPlacement(int year, int quarter, LocalDate placedOn, String url) {
    public RegistryPlacement {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1..4: " + quarter);
        }
        url = url == null ? "" : url.strip();
    }
}
