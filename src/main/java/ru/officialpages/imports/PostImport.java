package ru.officialpages.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PageIdentity;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.PageAddress;
import ru.officialpages.rules.PostLink;
import ru.officialpages.rules.PostPages;

/**
 * Reads posts from a table (.xlsx or .csv) with the same rules as the page import: headers in
 * any case and order, every error with its line, nothing written here. Each post's page must be
 * in the registry, its link must be a post of that page, and a link already in the log or twice
 * in the file is an error (one post, one entry).
 */
public final class PostImport {
    public static final String DATE = Tr.tr("import.posts.column.date");
    public static final String PAGE = Tr.tr("import.posts.column.page");
    public static final String LINK = Tr.tr("import.posts.column.link");
    public static final String FORMAT = Tr.tr("import.posts.column.format");
    public static final String TOPIC = Tr.tr("import.posts.column.topic");
    /** The post's own text, optional (issue 8): the checker and the log's search read it. */
    public static final String TEXT = Tr.tr("import.posts.column.text");
    static final List<String> REQUIRED = List.of(DATE, PAGE, LINK);
    static final List<String> OPTIONAL = List.of(FORMAT, TOPIC, TEXT);
    private static final java.util.regex.Pattern RU_MOMENT =
            java.util.regex.Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\s+\\d{1,2}:\\d{2}");
    private static final java.util.regex.Pattern RU_DAY = java.util.regex.Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final java.util.regex.Pattern ISO_MOMENT =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?)?");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter RU_DATE_TIME =
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);

    /** What the file would add: posts with their lines, every error, warnings. */
    /** {@code learned}: the pages' platform numbers the file's lines teach (a wall link on a page named by the line). */
    public record Preview(List<Line> posts, List<ImportProblem> errors, List<String> warnings,
            List<PageIdentity> learned) implements ImportPreview<Post> {
        public Preview {
            posts = List.copyOf(posts);
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
            learned = List.copyOf(learned);
        }

        public Preview(List<Line> posts, List<ImportProblem> errors, List<String> warnings) {
            this(posts, errors, warnings, List.of());
        }

        @Override
        public boolean canApply() {
            return errors.isEmpty() && !posts.isEmpty();
        }

        @Override
        public List<Post> toAdd() {
            return posts.stream().map(Line::post).toList();
        }
    }

    /** A post of the file and its line. */
    public record Line(int line, Post post) {
    }

    private final List<Page> pages;
    private final Set<String> knownLinks;
    private final List<PageIdentity> identities;

    /** {@code pages}: the registry; {@code knownLinks}: the links already in the log. */
    public PostImport(List<Page> pages, Set<String> knownLinks) {
        this(pages, knownLinks, List.of());
    }

    /** As above, with the pages' platform numbers, so a wall link is matched to a page kept by short name. */
    public PostImport(List<Page> pages, Set<String> knownLinks, List<PageIdentity> identities) {
        this.pages = List.copyOf(pages);
        this.knownLinks = Set.copyOf(knownLinks);
        this.identities = List.copyOf(identities);
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
        List<Line> posts = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        // A file repeats the same few hundred page addresses: each is parsed once (issue 10, 100,000 rows).
        Map<String, PageAddress.Result> parsedPages = new HashMap<>();
        Map<Long, Optional<PageAddress>> registered = new HashMap<>();
        // Whether a line's link is on its page, asked once per page and kind of link: the answer reads the
        // registered address anew each time (a fifth of reading a file of 20,000 lines, issue 20).
        Map<OnPage, Boolean> onPage = new HashMap<>();
        List<PageIdentity> known = new ArrayList<>(identities);
        List<PageIdentity> learned = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            int line = row.line();
            int before = errors.size();
            Optional<LocalDateTime> when = moment(row.cell(map.index(DATE)), line, errors);
            Page page = page(row.text(map.index(PAGE)), byAddress, parsedPages, line, errors);
            String url = null;
            PostLink.Result link = PostLink.parse(row.text(map.index(LINK)));
            if (!link.isValid()) {
                errors.add(new ImportProblem(line, link.error()));
            } else {
                url = link.post().postUrl();
                if (page != null && !onPage.computeIfAbsent(new OnPage(page.id(), link.post()), k -> registered
                        .computeIfAbsent(page.id(), id -> PostPages.address(page.address())).map(link.post()::isOn).orElse(false))) {
                    // The line names the page: a link that names its page only by number teaches the page that
                    // number (issue 16), unless another page holds it.
                    PostPages.Verdict verdict = PostPages.verdict(link.post(), page, known, PageIdentity.Source.IMPORT);
                    if (verdict instanceof PostPages.Learn learn) {
                        known.add(learn.identity());
                        learned.add(learn.identity());
                    } else if (verdict instanceof PostPages.Taken taken) {
                        errors.add(new ImportProblem(line, Tr.tr("import.posts.error.numberTaken",
                                PostPages.ownerText(page.networkCode(), link.post().ownerId().getAsLong()),
                                addressOf(taken.otherPageId()))));
                    } else if (verdict instanceof PostPages.Elsewhere) {
                        errors.add(new ImportProblem(line, Tr.tr("import.posts.error.otherPage")));
                    }
                }
                Integer earlier = seen.putIfAbsent(url, line);
                if (earlier != null) {
                    errors.add(new ImportProblem(line, Tr.tr("import.posts.error.twice", earlier)));
                } else if (knownLinks.contains(url)) {
                    errors.add(new ImportProblem(line, Tr.tr("import.posts.error.known")));
                }
            }
            PostFormat format = format(map.index(FORMAT) < 0 ? "" : row.text(map.index(FORMAT)), line, errors);
            if (errors.size() == before && when.isPresent() && page != null) {
                if (!page.activeOn(when.get().toLocalDate())) {
                    errors.add(new ImportProblem(line, Tr.tr("import.posts.error.pageNotActive")));
                    continue;
                }
                String topic = map.index(TOPIC) < 0 ? "" : row.text(map.index(TOPIC));
                String text = map.index(TEXT) < 0 ? "" : row.text(map.index(TEXT));
                posts.add(new Line(line, new Post(0, page.id(), when.get(), url, format, topic, text)));
            }
        }
        if (table.rows().isEmpty()) {
            errors.add(new ImportProblem(0, Tr.tr("import.posts.noRows")));
        }
        return new Preview(posts, errors, map.warnings(), learned);
    }

    /** What {@link PostLink#isOn} reads of a link, on the page a line names: links that agree in it agree in the answer. */
    private record OnPage(long pageId, String network, Optional<PageAddress> page, java.util.OptionalLong owner) {
        OnPage(long pageId, PostLink post) {
            this(pageId, post.networkCode(), post.page(), post.ownerId());
        }
    }

    private String addressOf(long pageId) {
        return pages.stream().filter(p -> p.id() == pageId).map(Page::address).findFirst().orElse("№ " + pageId);
    }

    static Optional<LocalDateTime> moment(Table.Cell cell, int line, List<ImportProblem> errors) {
        return moment(cell, line, errors, "import.posts.error.date");
    }

    /** A date-time cell as typed or as text; {@code errorKey} names what was expected when it is neither. */
    static Optional<LocalDateTime> moment(Table.Cell cell, int line, List<ImportProblem> errors, String errorKey) {
        Optional<LocalDateTime> typed = cell.dateTime();
        if (typed.isPresent()) {
            return typed;
        }
        String t = cell.text().strip();
        try {
            if (RU_MOMENT.matcher(t).matches()) {
                return Optional.of(LocalDateTime.parse(SPACES.matcher(t).replaceAll(" "), RU_DATE_TIME));
            }
            if (RU_DAY.matcher(t).matches()) {
                return Optional.of(LocalDate.parse(t, RU_DATE).atTime(LocalTime.NOON));
            }
            if (ISO_MOMENT.matcher(t).matches()) {
                return Optional.of(t.length() == 10 ? LocalDate.parse(t).atTime(LocalTime.NOON)
                        : LocalDateTime.parse(t.replace(' ', 'T')));
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        errors.add(new ImportProblem(line, Tr.tr(errorKey, t)));
        return Optional.empty();
    }

    static Page page(String text, Map<String, Page> byAddress, int line, List<ImportProblem> errors) {
        return page(text, byAddress, new java.util.HashMap<>(), line, errors);
    }

    static Page page(String text, Map<String, Page> byAddress, Map<String, PageAddress.Result> parsed, int line,
            List<ImportProblem> errors) {
        PageAddress.Result r = parsed.computeIfAbsent(text, PageAddress::parse);
        if (!r.isValid()) {
            errors.add(new ImportProblem(line, r.error()));
            return null;
        }
        Page page = byAddress.get(r.page().address());
        if (page == null) {
            errors.add(new ImportProblem(line, Tr.tr("import.posts.error.unknownPage", r.page().address())));
        }
        return page;
    }

    private static PostFormat format(String text, int line, List<ImportProblem> errors) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (t.isEmpty()) {
            return PostFormat.TEXT;
        }
        for (PostFormat f : PostFormat.values()) {
            if (Tr.tr("format." + f.name()).replace('ё', 'е').equals(t) || f.name().equalsIgnoreCase(t)) {
                return f;
            }
        }
        errors.add(new ImportProblem(line, Tr.tr("import.posts.error.format", text.strip())));
        return PostFormat.OTHER;
    }
}
