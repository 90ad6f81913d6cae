package ru.officialpages.imports;

import java.util.List;
import ru.officialpages.domain.RegistryEntry;

/**
 * What an import file would add, before anything is written: the pages with the lines they
 * came from, every error with its line, warnings, and the organizations that would be created.
 * Nothing is applied while there is an error: all or nothing.
 */
public record PageImportPreview(List<Line> pages, List<ImportProblem> errors, List<String> warnings,
                                List<String> newOrganizations) implements ImportPreview<RegistryEntry> {

    public PageImportPreview {
        pages = List.copyOf(pages);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        newOrganizations = List.copyOf(newOrganizations);
    }

    /** A page of the file and the first line it is on. */
    public record Line(int line, RegistryEntry entry) {
    }

    @Override
    public boolean canApply() {
        return errors.isEmpty() && !pages.isEmpty();
    }

    public List<RegistryEntry> entries() {
        return pages.stream().map(Line::entry).toList();
    }

    @Override
    public List<RegistryEntry> toAdd() {
        return entries();
    }

    static PageImportPreview failed(ImportProblem problem) {
        return new PageImportPreview(List.of(), List.of(problem), List.of(), List.of());
    }
}
