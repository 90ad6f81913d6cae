package ru.officialpages.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** A date picker that reads and writes dd.MM.yyyy, whatever the machine's locale says. */
public final class DateField extends DatePicker {
    public static final DateTimeFormatter FORMAT = ru.officialpages.i18n.RuFormat.DATE;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    public DateField(String id) {
        setId(id);
        setPrefWidth(140);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate v) {
                return v == null ? "" : FORMAT.format(v);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    // 7.3.2026 is read as well as 07.03.2026 (the registry's form always took both).
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip(), TYPED);
                } catch (DateTimeParseException e) {
                    // Typing mistakes keep the last good date rather than throwing from the control.
                    return getValue();
                }
            }
        });
    }
}
