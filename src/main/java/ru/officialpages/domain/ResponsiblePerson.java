package ru.officialpages.domain;

/**
 * Someone who keeps or can reach a page: the responsible specialist (ishtan-13 §5) or another
 * person with the password. Name, phone and email are personal data: they go to the internal
 * registry only, never to the public one (novoaltaysk-608 §3.5). {@code hasAccess}: the person
 * can log in to the page; more than three such people is a warning (novoaltaysk-608 §1.6).
 */
public record ResponsiblePerson(String name, String position, String phone, String email,
                                boolean responsible, boolean hasAccess) {

    public ResponsiblePerson {
        name = clean(name);
        position = clean(position);
        phone = clean(phone);
        email = clean(email);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
