package ru.officialpages.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The data row of a shipped year's file, to build multi-year test files from. */
final class BuiltInCalendarsTestData {
    private BuiltInCalendarsTestData() {
    }

    static String row(int year) {
        try (InputStream in = BuiltInCalendars.class.getResourceAsStream("/ru/officialpages/calendar/" + year + ".csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
