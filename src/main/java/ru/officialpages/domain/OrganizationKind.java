package ru.officialpages.domain;

/** What sort of body keeps a page; the weekly norm presets differ by it (novokubansky-1740 app.2 §5). */
public enum OrganizationKind {
    ADMINISTRATION,
    HEAD,
    DEPARTMENT,
    INSTITUTION
}
