package ru.officialpages.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An address a page had from {@code validFrom} up to (not including) {@code validTo}, the day it
 * changed; {@code validTo} is null for the address in use (novoaltaysk-608 §3.3).
 */
public record AddressPeriod(String address, LocalDate validFrom, LocalDate validTo) {

    public AddressPeriod {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }
}
