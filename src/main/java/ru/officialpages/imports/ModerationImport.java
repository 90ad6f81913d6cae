package ru.officialpages.imports;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.Page;
import ru.officialpages.i18n.Tr;

/**
 * Reads moderation records from a table (.xlsx or .csv) with the rules of the page and post
 * imports: headers in any case and order, every error with its line, nothing written here.
 * Grounds are the Russian names the screen shows, separated by ";" or ",", in any case and ё/е
 * spelling (a name's own commas, inside its brackets, do not split it); a name may be cut short
 * ("Спам" for "Спам-рассылка"). The action is its Russian name, as the form offers it or as the
 * list shows it.
 */
public final class ModerationImport {
    public static final String DATE = Tr.tr("import.moderation.column.date");
    public static final String PAGE = Tr.tr("import.moderation.column.page");
    public static final String AUTHOR = Tr.tr("import.moderation.column.author");
    public static final String AUTHOR_LINK = Tr.tr("import.moderation.column.authorLink");
    public static final String TEXT = Tr.tr("import.moderation.column.text");
    public static final String GROUNDS = Tr.tr("import.moderation.column.grounds");
    public static final String ACTION = Tr.tr("import.moderation.column.action");
    public static final String NOTE = Tr.tr("import.moderation.column.note");
    static final List<String> REQUIRED = List.of(DATE, PAGE, ACTION);
    static final List<String> OPTIONAL = List.of(AUTHOR, AUTHOR_LINK, TEXT, GROUNDS, NOTE);
    /** A profile link written in the author column instead of a name. */
    private static final Pattern PROFILE = Pattern.compile(
            "(?i)^(https?://)?(www\\.|m\\.)?(vk\\.com|vkontakte\\.ru|ok\\.ru|odnoklassniki\\.ru|t\\.me|max\\.ru)/\\S+$");
    private static final int SHORTEST_PREFIX = 4;

    /** What the file would add: records with their lines, every error, warnings. */
    public record Preview(List<Line> records, List<ImportProblem> errors, List<String> warnings)
            implements ImportPreview<ModerationRecord> {
        public Preview {
            records = List.copyOf(records);
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        @Override
        public boolean canApply() {
            return errors.isEmpty() && !records.isEmpty();
        }

        @Override
        public List<ModerationRecord> toAdd() {
            return records.stream().map(Line::record).toList();
        }
    }

    /** A record of the file and its line. */
    public record Line(int line, ModerationRecord record) {
    }

    private final List<Page> pages;
    private final LocalDateTime now;
    private final java.util.function.Predicate<ModerationRecord> recorded;

    /** {@code pages}: the registry; {@code now}: when the records are written down. */
    public ModerationImport(List<Page> pages, LocalDateTime now) {
        this(pages, now, r -> false);
    }

    /**
     * As above; {@code recorded} says whether the journal already holds a record of the same comment:
     * such rows, and a row repeating an earlier one of the file, are skipped and named in the warnings,
     * so importing one file twice adds nothing the second time (issue 21).
     */
    public ModerationImport(List<Page> pages, LocalDateTime now, java.util.function.Predicate<ModerationRecord> recorded) {
        this.pages = List.copyOf(pages);
        this.now = now;
        this.recorded = recorded;
    }

    public Preview read(Path file) {
        try {
            return read(new TableReader().read(file));
        } catch (TableException e) {
            return new Preview(List.of(), List.of(new ImportProblem(e.line(), e.getMessage())), List.of());
        }
    }

    public Preview read(Table table) {
        HeaderMap map = HeaderMap.match(table.headers(), REQUIRED, OPTIONAL);
        if (!map.isUsable()) {
            return new Preview(List.of(), map.errors().stream().map(e -> new ImportProblem(table.headerLine(), e)).toList(),
                    List.of());
        }
        Map<String, Page> byAddress = new HashMap<>();
        for (Page p : pages) {
            byAddress.put(p.address(), p);
        }
        List<Line> records = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            int line = row.line();
            int before = errors.size();
            Optional<LocalDateTime> when = PostImport.moment(row.cell(map.index(DATE)), line, errors,
                    "import.moderation.error.date");
            Page page = PostImport.page(row.text(map.index(PAGE)), byAddress, line, errors);
            Set<DeletionGround> grounds = grounds(row.text(map.index(GROUNDS)), line, errors);
            ModerationAction action = action(row.text(map.index(ACTION)), line, errors);
            String author = row.text(map.index(AUTHOR)).strip();
            String link = row.text(map.index(AUTHOR_LINK)).strip();
            if (link.isEmpty() && PROFILE.matcher(author).matches()) {
                link = author;
                author = "";
            }
            if (action != null && action.restrictsAuthor() && author.isEmpty() && link.isEmpty()) {
                errors.add(new ImportProblem(line, Tr.tr("import.moderation.error.noAuthor")));
            }
            if (action != null && needsGround(action) && grounds != null && grounds.isEmpty()) {
                errors.add(new ImportProblem(line, Tr.tr("import.moderation.error.noGround")));
            }
            if (errors.size() == before && when.isPresent() && page != null && action != null && grounds != null) {
                records.add(new Line(line, new ModerationRecord(0, page.id(), when.get(), author, link,
                        row.text(map.index(TEXT)), grounds, action, row.text(map.index(NOTE)), now)));
            }
        }
        if (table.rows().isEmpty()) {
            errors.add(new ImportProblem(0, Tr.tr("import.moderation.noRows")));
        }
        List<String> warnings = new ArrayList<>(map.warnings());
        if (errors.isEmpty()) {
            records = withoutRepeats(records, warnings, errors);
        }
        return new Preview(records, errors, warnings);
    }

    /** Drops exact repeats, within the file and of the journal, saying which; all repeats is an error. */
    private List<Line> withoutRepeats(List<Line> records, List<String> warnings, List<ImportProblem> errors) {
        Map<List<Object>, Integer> seen = new HashMap<>();
        List<Line> kept = new ArrayList<>();
        for (Line l : records) {
            ModerationRecord r = l.record();
            List<Object> same = List.of(r.pageId(), r.noticedAt().withSecond(0).withNano(0), r.authorName(), r.authorLink(),
                    r.text(), r.action());
            Integer first = seen.putIfAbsent(same, l.line());
            if (first != null) {
                warnings.add(new ImportProblem(l.line(), Tr.tr("import.moderation.repeat.inFile", first)).text());
            } else if (recorded.test(r)) {
                warnings.add(new ImportProblem(l.line(), Tr.tr("import.moderation.repeat.inJournal")).text());
            } else {
                kept.add(l);
            }
        }
        if (kept.isEmpty() && !records.isEmpty()) {
            errors.add(new ImportProblem(0, Tr.tr("import.moderation.repeat.all")));
        }
        return kept;
    }

    /** Deleting or restricting needs a stated ground; leaving or answering does not. */
    public static boolean needsGround(ModerationAction action) {
        return ru.officialpages.rules.CommentReview.needsGround(action);
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s\\u00A0]+", " ")
                .replaceAll("[«»\"]", "");
    }

    /** The grounds of a cell, or null after an error. */
    static Set<DeletionGround> grounds(String cell, int line, List<ImportProblem> errors) {
        Set<DeletionGround> found = EnumSet.noneOf(DeletionGround.class);
        for (String part : split(cell)) {
            String k = key(part);
            if (k.isEmpty()) {
                continue;
            }
            DeletionGround g = ground(k);
            if (g == null) {
                errors.add(new ImportProblem(line, Tr.tr("import.moderation.error.ground", part.strip())));
                return null;
            }
            found.add(g);
        }
        return found;
    }

    /** Splits on ";" and "," outside brackets: a ground's own name may list things in brackets. */
    static List<String> split(String cell) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char ch : cell.toCharArray()) {
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && depth > 0) {
                depth--;
            }
            if ((ch == ';' || ch == ',') && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static DeletionGround ground(String k) {
        for (DeletionGround g : DeletionGround.values()) {
            String title = key(Tr.tr(g.titleKey()));
            String shortTitle = title.replaceFirst("\\s*\\(.*$", "");
            if (k.equals(title) || k.equals(shortTitle) || k.equalsIgnoreCase(g.name())) {
                return g;
            }
        }
        for (DeletionGround g : DeletionGround.values()) {
            String title = key(Tr.tr(g.titleKey()));
            // "Спам" for "Спам-рассылка", "оскорбление" for "оскорбления": a start, or the name with another ending.
            if (k.length() >= SHORTEST_PREFIX && (title.startsWith(k) || k.startsWith(title.substring(0, title.length() - 1)))) {
                return g;
            }
        }
        return null;
    }

    private static ModerationAction action(String cell, int line, List<ImportProblem> errors) {
        String k = key(cell);
        for (ModerationAction a : ModerationAction.values()) {
            if (k.equals(key(Tr.tr(a.choiceKey()))) || k.equals(key(Tr.tr(a.doneKey()))) || k.equalsIgnoreCase(a.name())) {
                return a;
            }
        }
        for (ModerationAction a : ModerationAction.values()) {
            for (String alias : Tr.tr("import.moderation.alias." + a.name()).split("\\|")) {
                if (!k.isEmpty() && k.equals(key(alias))) {
                    return a;
                }
            }
        }
        errors.add(new ImportProblem(line, k.isEmpty() ? Tr.tr("import.moderation.error.noAction")
                : Tr.tr("import.moderation.error.action", cell.strip())));
        return null;
    }
}
