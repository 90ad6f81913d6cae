package ru.officialpages.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import ru.officialpages.domain.Organization;
import ru.officialpages.i18n.Tr;

/**
 * Checks an organization's card before it is saved. The contacts are the ones a page's
 * description must carry (8-FZ art. 13 p. 1.2, ishtan-13 §4), so they are checked for form
 * but may stay empty while the user has not found them yet; only the name is required.
 */
public final class OrganizationCheck {

    public enum Field { NAME, POSTAL_ADDRESS, EMAIL, PHONES, WEBSITE, EXEMPT_BASIS }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE_CHARS = Pattern.compile("[0-9+()\\-\\s.,;доб]*");
    private static final Pattern WEBSITE = Pattern.compile(
            "(?i)(https?://)?([\\p{L}0-9]([\\p{L}0-9-]*[\\p{L}0-9])?\\.)+[\\p{L}]{2,}(:\\d+)?(/\\S*)?");
    static final int MAX_NAME = 300;

    private OrganizationCheck() {
    }

    /** Errors by field, in Russian; empty when the card can be saved. */
    public static Map<Field, String> errors(Organization o) {
        Map<Field, String> errors = new EnumMap<>(Field.class);
        if (o.name().isEmpty()) {
            errors.put(Field.NAME, Tr.tr("org.error.name.empty"));
        } else if (o.name().length() > MAX_NAME) {
            errors.put(Field.NAME, Tr.tr("org.error.name.long", MAX_NAME));
        }
        if (!o.email().isEmpty() && !EMAIL.matcher(o.email()).matches()) {
            errors.put(Field.EMAIL, Tr.tr("org.error.email"));
        }
        if (!o.phones().isEmpty() && !phonesLookRight(o.phones())) {
            errors.put(Field.PHONES, Tr.tr("org.error.phones"));
        }
        if (!o.website().isEmpty() && !WEBSITE.matcher(o.website()).matches()) {
            errors.put(Field.WEBSITE, Tr.tr("org.error.website"));
        }
        if (o.exempt() && o.exemptBasis().isEmpty()) {
            // mineralnye-vody decree §4: an exemption is granted by a stated decision.
            errors.put(Field.EXEMPT_BASIS, Tr.tr("org.error.exemptBasis"));
        }
        return errors;
    }

    private static boolean phonesLookRight(String phones) {
        if (!PHONE_CHARS.matcher(phones).matches()) {
            return false;
        }
        for (String one : phones.split("[,;]")) {
            long digits = one.chars().filter(Character::isDigit).count();
            if (digits < 5 || digits > 15) {
                return false;
            }
        }
        return true;
    }
}
