package ru.officialpages.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.officialpages.formats.PageColumns;
import ru.officialpages.domain.AddressPeriod;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.RegistryEntry;
import ru.officialpages.domain.ResponsiblePerson;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.PageAddress;
import ru.officialpages.rules.PageRules;

/**
 * Reads pages from a table (.xlsx or .csv): one row per page, or several rows of one page
 * (same organization and address) to give more people or more earlier addresses. Headers in
 * any case and order ({@link PageColumns}); a title above the header row is skipped, so the
 * internal registry export reads back. Every error is reported with its line; nothing is
 * written here.
 */
public final class PageImport {
    private static final DateTimeFormatter RUSSIAN_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** A title block is a few lines; look no further for the header row. */
    private static final int HEADER_SEARCH_ROWS = 20;
    private static final int MAX_NORM = 100;

    private final List<Network> networks;
    private final List<Organization> organizations;
    private final List<Page> existing;

    /** {@code organizations} and {@code existing} pages: what the database holds now. */
    public PageImport(List<Network> networks, List<Organization> organizations, List<Page> existing) {
        this.networks = List.copyOf(networks);
        this.organizations = List.copyOf(organizations);
        this.existing = List.copyOf(existing);
    }

    public PageImportPreview read(Path file) {
        Table table;
        try {
            table = new TableReader().read(file);
        } catch (TableException e) {
            return PageImportPreview.failed(new ImportProblem(e.line(), e.getMessage()));
        }
        return read(table);
    }

    public PageImportPreview read(Table table) {
        List<String> headers = table.headers();
        List<Table.Row> rows = table.rows();
        HeaderMap map = HeaderMap.match(headers, PageColumns.REQUIRED, PageColumns.OPTIONAL);
        for (int i = 0; !map.isUsable() && i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            HeaderMap below = HeaderMap.match(texts(rows.get(i)), PageColumns.REQUIRED, PageColumns.OPTIONAL);
            if (below.isUsable()) {
                map = below;
                rows = rows.subList(i + 1, rows.size());
            }
        }
        if (!map.isUsable()) {
            return new PageImportPreview(List.of(), map.errors().stream().map(e -> new ImportProblem(0, e)).toList(),
                    List.of(), List.of());
        }
        List<ImportProblem> errors = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Table.Row row : rows) {
            readRow(map, row, groups, errors);
        }
        List<PageImportPreview.Line> pages = new ArrayList<>();
        List<String> newOrgs = new ArrayList<>();
        List<Page> kept = new ArrayList<>(existing);
        Map<String, Long> orgIds = new HashMap<>();
        for (Organization o : organizations) {
            orgIds.putIfAbsent(key(o.name()), o.id());
        }
        long nextNewId = -1;
        // One address is one page: under a second organisation, in the file or in the registry, it is refused (issue 21).
        Map<String, Group> byAddress = new HashMap<>();
        for (Group g : groups.values()) {
            if (g.address == null) {
                continue;
            }
            Group first = byAddress.putIfAbsent(g.address.address(), g);
            if (first != null) {
                errors.add(new ImportProblem(g.firstLine, Tr.tr("import.pages.error.sameAddress", g.address.address(),
                        first.firstLine, first.organization)));
                g.address = null;
            }
        }
        for (Group g : groups.values()) {
            if (g.address == null) {
                continue;
            }
            Optional<Page> registered = existing.stream().filter(p -> p.address().equals(g.address.address())).findFirst();
            Long groupOrg = orgIds.get(key(g.organization));
            if (registered.isPresent() && (groupOrg == null || registered.get().organizationId() != groupOrg)) {
                errors.add(new ImportProblem(g.firstLine, Tr.tr("import.pages.error.registeredAddress", g.address.address(),
                        organizationName(registered.get().organizationId()))));
                continue;
            }
            Optional<RegistryEntry> entry = g.entry(errors);
            if (entry.isEmpty()) {
                continue;
            }
            RegistryEntry e = entry.get();
            Long orgId = orgIds.get(key(e.organization()));
            if (orgId == null) {
                orgId = nextNewId--;
                orgIds.put(key(e.organization()), orgId);
                newOrgs.add(e.organization());
            }
            Optional<Page> twin = PageRules.existingInNetwork(kept, 0, orgId, e.networkCode(), e.createdOn(),
                    e.deletedOn());
            if (twin.isPresent()) {
                errors.add(new ImportProblem(g.firstLine, PageRules.refusal(e.organization(),
                        networkName(e.networkCode()), twin.get())));
                continue;
            }
            kept.add(new Page(Long.MAX_VALUE - kept.size(), orgId, e.networkCode(), e.address(), e.createdOn(),
                    e.deletedOn(), e.weeklyNorm()));
            pages.add(new PageImportPreview.Line(g.firstLine, e));
            PageRules.accessWarning(e.people()).ifPresent(w -> warningsOf(g).add(w));
        }
        errors.sort(Comparator.comparingInt(ImportProblem::line));
        List<String> warnings = new ArrayList<>(map.warnings());
        for (Group g : groups.values()) {
            for (String w : g.warnings) {
                warnings.add(new ImportProblem(g.firstLine, w).text());
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportProblem(0, Tr.tr("import.pages.noRows")));
        }
        return new PageImportPreview(pages, errors, warnings, newOrgs);
    }

    private String organizationName(long id) {
        return organizations.stream().filter(o -> o.id() == id).map(Organization::name).findFirst().orElse("?");
    }

    private static List<String> warningsOf(Group g) {
        return g.warnings;
    }

    private void readRow(HeaderMap map, Table.Row row, Map<String, Group> groups, List<ImportProblem> errors) {
        int line = row.line();
        String org = row.text(map.index(PageColumns.ORGANIZATION)).strip();
        String addressText = row.text(map.index(PageColumns.ADDRESS)).strip();
        int before = errors.size();
        if (org.isEmpty()) {
            errors.add(new ImportProblem(line, Tr.tr("import.pages.error.noOrganization")));
        }
        PageAddress address = null;
        if (addressText.isEmpty()) {
            errors.add(new ImportProblem(line, Tr.tr("import.pages.error.noAddress")));
        } else {
            PageAddress.Result r = PageAddress.parse(addressText);
            if (r.isValid()) {
                address = r.page();
            } else {
                errors.add(new ImportProblem(line, r.error()));
            }
        }
        String networkText = row.text(map.index(PageColumns.NETWORK)).strip();
        if (address != null && !networkText.isEmpty()) {
            Optional<Network> named = network(networkText);
            if (named.isEmpty()) {
                errors.add(new ImportProblem(line, Tr.tr("import.pages.error.unknownNetwork", networkText)));
            } else if (!named.get().code().equals(address.networkCode())
                    && !address.networkCode().equals(Network.OTHER)) {
                errors.add(new ImportProblem(line, Tr.tr("import.pages.error.networkMismatch", networkText,
                        networkName(address.networkCode()))));
            } else if (address.networkCode().equals(Network.OTHER)) {
                address = new PageAddress(named.get().code(), address.address());
            }
        }
        LocalDate created = date(row.cell(map.index(PageColumns.CREATED)), PageColumns.CREATED, line, errors);
        LocalDate deleted = date(row.cell(map.index(PageColumns.DELETED)), PageColumns.DELETED, line, errors);
        LocalDate changed = date(row.cell(map.index(PageColumns.CHANGED)), PageColumns.CHANGED, line, errors);
        String previousText = row.text(map.index(PageColumns.PREVIOUS)).strip();
        String previous = null;
        if (!previousText.isEmpty()) {
            PageAddress.Result r = PageAddress.parse(previousText);
            if (!r.isValid()) {
                errors.add(new ImportProblem(line, Tr.tr("import.pages.error.previous", r.error())));
            } else if (changed == null) {
                errors.add(new ImportProblem(line, Tr.tr("import.pages.error.noChangeDate")));
            } else {
                previous = r.page().address();
            }
        } else if (changed != null) {
            errors.add(new ImportProblem(line, Tr.tr("import.pages.error.noPrevious")));
        }
        Integer norm = null;
        String normText = row.text(map.index(PageColumns.NORM)).strip();
        if (!normText.isEmpty()) {
            try {
                double n = Double.parseDouble(normText.replace(',', '.'));
                if (n != Math.rint(n) || n < 0 || n > MAX_NORM) {
                    throw new NumberFormatException(normText);
                }
                norm = (int) n;
            } catch (NumberFormatException e) {
                errors.add(new ImportProblem(line, Tr.tr("import.pages.error.norm", normText, MAX_NORM)));
            }
        }
        ResponsiblePerson person = null;
        String name = row.text(map.index(PageColumns.PERSON)).strip();
        String email = row.text(map.index(PageColumns.EMAIL)).strip();
        String phone = row.text(map.index(PageColumns.PHONE)).strip();
        String position = row.text(map.index(PageColumns.POSITION)).strip();
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new ImportProblem(line, Tr.tr("import.pages.error.email", email)));
        }
        Boolean main = yesNo(row.text(map.index(PageColumns.MAIN)), PageColumns.MAIN, line, errors);
        Boolean access = yesNo(row.text(map.index(PageColumns.ACCESS)), PageColumns.ACCESS, line, errors);
        if (!name.isEmpty()) {
            // Without the columns: the first person named is the responsible one, and all named can log in.
            person = new ResponsiblePerson(name, position, phone, email, main == null || main,
                    access == null || access);
        } else if (!email.isEmpty() || !phone.isEmpty() || !position.isEmpty()) {
            errors.add(new ImportProblem(line, Tr.tr("import.pages.error.noPerson")));
        }
        if (errors.size() > before || address == null) {
            return;
        }
        Group g = groups.computeIfAbsent(key(org) + "|" + address.address(), k -> new Group(line, org));
        g.add(line, address, created, deleted, norm, previous, changed, person, main != null, errors);
    }

    /** «Да»/«Нет» (also 1/0, true/false); null when blank. */
    private static Boolean yesNo(String text, String column, int line, List<ImportProblem> errors) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        if (List.of("да", "1", "true", "+").contains(t)) {
            return true;
        }
        if (List.of("нет", "0", "false", "-").contains(t)) {
            return false;
        }
        errors.add(new ImportProblem(line, Tr.tr("import.pages.error.yesNo", column, text.strip())));
        return null;
    }

    private static List<String> texts(Table.Row row) {
        List<String> t = new ArrayList<>();
        for (Table.Cell c : row.cells()) {
            t.add(c.text());
        }
        return t;
    }

    /** A date cell of Excel, or the text 23.11.2026 or 2026-11-23; null when blank (an error is added if bad). */
    private static LocalDate date(Table.Cell cell, String column, int line, List<ImportProblem> errors) {
        Optional<LocalDate> typed = cell.date();
        if (typed.isPresent()) {
            return typed.get();
        }
        String t = cell.text().strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : LocalDate.parse(t, RUSSIAN_DATE);
        } catch (DateTimeParseException e) {
            errors.add(new ImportProblem(line, Tr.tr("import.pages.error.date", column, t)));
            return null;
        }
    }

    private Optional<Network> network(String text) {
        String k = key(text);
        return networks.stream().filter(n -> key(n.name()).equals(k) || key(n.code()).equals(k)
                || !n.host().isEmpty() && key(n.host()).equals(k)).findFirst();
    }

    private String networkName(String code) {
        return networks.stream().filter(n -> n.code().equals(code)).map(Network::name).findFirst().orElse(code);
    }

    private static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** The rows of one page. */
    private static final class Group {
        final int firstLine;
        final String organization;
        final List<String> warnings = new ArrayList<>();
        PageAddress address;
        LocalDate created;
        LocalDate deleted;
        Integer norm;
        final Map<LocalDate, String> earlier = new LinkedHashMap<>();
        final List<ResponsiblePerson> people = new ArrayList<>();

        Group(int firstLine, String organization) {
            this.firstLine = firstLine;
            this.organization = organization;
        }

        void add(int line, PageAddress a, LocalDate createdOn, LocalDate deletedOn, Integer weeklyNorm,
                 String previous, LocalDate changed, ResponsiblePerson person, boolean mainGiven,
                 List<ImportProblem> errors) {
            address = a;
            if (createdOn != null) {
                if (created != null && !created.equals(createdOn)) {
                    errors.add(new ImportProblem(line, Tr.tr("import.pages.error.otherCreated", firstLine)));
                }
                created = created == null ? createdOn : created;
            }
            deleted = deleted == null ? deletedOn : deleted;
            norm = norm == null ? weeklyNorm : norm;
            if (previous != null) {
                if (earlier.containsKey(changed)) {
                    errors.add(new ImportProblem(line, Tr.tr("import.pages.error.twoChanges")));
                }
                earlier.put(changed, previous);
            }
            if (person != null && !people.contains(person)) {
                if (!people.isEmpty() && person.responsible() && people.get(0).responsible() && !mainGiven) {
                    person = new ResponsiblePerson(person.name(), person.position(), person.phone(), person.email(),
                            false, person.hasAccess());
                }
                people.add(person);
            }
        }

        Optional<RegistryEntry> entry(List<ImportProblem> errors) {
            if (created == null) {
                errors.add(new ImportProblem(firstLine, Tr.tr("import.pages.error.noCreated")));
                return Optional.empty();
            }
            if (deleted != null && deleted.isBefore(created)) {
                errors.add(new ImportProblem(firstLine, Tr.tr("import.pages.error.deletedBeforeCreated")));
                return Optional.empty();
            }
            List<LocalDate> changes = new ArrayList<>(earlier.keySet());
            changes.sort(null);
            List<AddressPeriod> periods = new ArrayList<>();
            LocalDate from = created;
            for (LocalDate change : changes) {
                if (!change.isAfter(from) || deleted != null && !change.isBefore(deleted)) {
                    errors.add(new ImportProblem(firstLine, Tr.tr("import.pages.error.changeOutside")));
                    return Optional.empty();
                }
                periods.add(new AddressPeriod(earlier.get(change), from, change));
                from = change;
            }
            return Optional.of(new RegistryEntry(organization, address.networkCode(), address.address(), created,
                    deleted, norm, periods, people));
        }
    }
}
