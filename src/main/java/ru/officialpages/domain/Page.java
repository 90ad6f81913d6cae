package ru.officialpages.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An official page (account) of one organization in one network. {@code weeklyNorm} is null
 * when the page follows the preset for its organization's kind. {@code deletedOn} is null
 * while the page exists.
 */
public record Page(
        long id,
        long organizationId,
        String networkCode,
        String address,
        LocalDate createdOn,
        LocalDate deletedOn,
        Integer weeklyNorm) {

    public Page {
        Objects.requireNonNull(networkCode, "networkCode");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(createdOn, "createdOn");
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(createdOn) && (deletedOn == null || day.isBefore(deletedOn));
    }
}
