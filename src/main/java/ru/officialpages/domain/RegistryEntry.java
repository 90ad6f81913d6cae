package ru.officialpages.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One page as the registry tells it (novoaltaysk-608 §3.3): who keeps it, where, since when,
 * the addresses it had before ({@code earlier}, oldest first, each closed by the day it changed)
 * and its people. The same shape is read from an import file and written to the export.
 */
public record RegistryEntry(
        String organization,
        String networkCode,
        String address,
        LocalDate createdOn,
        LocalDate deletedOn,
        Integer weeklyNorm,
        List<AddressPeriod> earlier,
        List<ResponsiblePerson> people) {

    public RegistryEntry {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(networkCode, "networkCode");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(createdOn, "createdOn");
        earlier = List.copyOf(earlier);
        people = List.copyOf(people);
    }
}
