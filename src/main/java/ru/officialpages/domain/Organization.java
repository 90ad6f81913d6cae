package ru.officialpages.domain;

import java.util.Objects;

/**
 * A body that keeps official pages: the administration, the head, a department or a
 * subordinate institution. The contact fields are what 8-FZ art. 13 p. 1.2 and ishtan-13 §4
 * require on every page's description. {@code id} is 0 for one not yet saved.
 */
public record Organization(
        long id,
        OrganizationKind kind,
        String name,
        String postalAddress,
        String email,
        String phones,
        String website,
        boolean exempt,
        String exemptBasis,
        boolean archived) {

    public Organization {
        Objects.requireNonNull(kind, "kind");
        name = clean(name);
        postalAddress = clean(postalAddress);
        email = clean(email);
        phones = clean(phones);
        website = clean(website);
        exemptBasis = clean(exemptBasis);
    }

    public static Organization blank(OrganizationKind kind) {
        return new Organization(0, kind, "", "", "", "", "", false, "", false);
    }

    public Organization withId(long newId) {
        return new Organization(newId, kind, name, postalAddress, email, phones, website, exempt, exemptBasis, archived);
    }

    public Organization withArchived(boolean value) {
        return new Organization(id, kind, name, postalAddress, email, phones, website, exempt, exemptBasis, value);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
