package ru.officialpages.domain.transfer;

/** A column of a table as the full export writes it. */
public record DataColumn(String name, ValueKind kind) {
}
