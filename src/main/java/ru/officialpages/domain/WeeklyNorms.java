package ru.officialpages.domain;

/** Posts a week a page must carry, by the kind of body that keeps it. */
public record WeeklyNorms(int administration, int head, int department, int institution) {

    public WeeklyNorms {
        if (administration < 0 || head < 0 || department < 0 || institution < 0) {
            throw new IllegalArgumentException("a weekly norm cannot be negative");
        }
    }

    public int forKind(OrganizationKind kind) {
        return switch (kind) {
            case ADMINISTRATION -> administration;
            case HEAD -> head;
            case DEPARTMENT -> department;
            case INSTITUTION -> institution;
        };
    }
}
