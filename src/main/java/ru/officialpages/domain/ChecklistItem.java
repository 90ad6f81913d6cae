package ru.officialpages.domain;

/**
 * What a page must have or what must be done about it (domain.md "Page", compliance checklist).
 * The order is the order the user reads them in.
 */
public enum ChecklistItem {
    /** novokubansky-1740 app.2: the special mark (госметка). */
    SPECIAL_MARK,
    /** mineralnye-vody order §3: the cover with the emblem. */
    COVER_WITH_EMBLEM,
    AVATAR,
    /** 8-FZ art. 13 p. 1.2, ishtan-13 §4: official name, postal address, email, phone, website. */
    DESCRIPTION,
    /** mineralnye-vody order §3: the geotag. */
    GEOTAG,
    /** The Gosuslugi feedback widget (ПОС). */
    GOSUSLUGI_WIDGET,
    /** novokubansky-1740 app.2 §14, mineralnye-vody order §3.2: comments open. */
    COMMENTS_OPEN,
    /** mineralnye-vody order §3: one style for all pages. */
    UNIFIED_DESIGN,
    /** novoaltaysk-608 §1.6: account security. */
    TWO_FACTOR,
    /** novoaltaysk-608 §1.4: a link on the official website within 5 working days of creation. */
    SITE_LINK,
    /** mineralnye-vody decree §3.2.4, novoaltaysk-608 §3.1: the coordinator told of the creation. */
    COORDINATOR_TOLD_CREATED,
    /** mineralnye-vody decree §3.3.2: the coordinator told of the deletion. */
    COORDINATOR_TOLD_DELETED
}
