package ru.officialpages.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.PostLink;

/**
 * Reads citizens' messages from the list the regional incident platform exports (.xlsx or .csv),
 * with the rules of the page and post imports: headers in any case and order, every error with
 * its line, nothing written here, and the whole file refused on any error. A message whose link
 * leads to a page of the registry is tied to that page; otherwise the network alone is kept.
 * {@code Промежуточный ответ} says whether the answer of {@code Дата ответа} was an interim one
 * ("да", or the interim text itself); {@code Дата окончательного ответа} is the final answer's.
 */
public final class MessageImport {
    public static final String DETECTED = Tr.tr("import.messages.column.detected");
    public static final String NETWORK = Tr.tr("import.messages.column.network");
    public static final String AUTHOR = Tr.tr("import.messages.column.author");
    public static final String LINK = Tr.tr("import.messages.column.link");
    public static final String TEXT = Tr.tr("import.messages.column.text");
    public static final String IMPORTANCE = Tr.tr("import.messages.column.importance");
    public static final String ANSWERED = Tr.tr("import.messages.column.answered");
    public static final String INTERIM = Tr.tr("import.messages.column.interim");
    public static final String FINAL = Tr.tr("import.messages.column.final");
    static final List<String> REQUIRED = List.of(DETECTED, NETWORK, TEXT);
    static final List<String> OPTIONAL = List.of(AUTHOR, LINK, IMPORTANCE, ANSWERED, INTERIM, FINAL);
    private static final DateTimeFormatter RU_DATE_TIME =
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter RU_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> YES = Set.of("да", "+", "1", "yes", "есть", "промежуточный");
    private static final Set<String> NO = Set.of("нет", "-", "0", "no", "");

    /** What the file would add: messages with their lines, every error, warnings. */
    public record Preview(List<Line> messages, List<ImportProblem> errors, List<String> warnings)
            implements ImportPreview<Message> {
        public Preview {
            messages = List.copyOf(messages);
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        @Override
        public boolean canApply() {
            return errors.isEmpty() && !messages.isEmpty();
        }

        @Override
        public List<Message> toAdd() {
            return messages.stream().map(Line::message).toList();
        }
    }

    /** A message of the file and its line. */
    public record Line(int line, Message message) {
    }

    private final List<Network> networks;
    private final List<Page> pages;
    private final Set<String> knownLinks;
    private final List<ru.officialpages.domain.PageIdentity> identities;

    /** {@code knownLinks}: the links of messages already recorded. */
    public MessageImport(List<Network> networks, List<Page> pages, Set<String> knownLinks) {
        this(networks, pages, knownLinks, List.of());
    }

    /** As above, with the pages' platform numbers, so a VK wall link finds a page kept by short name. */
    public MessageImport(List<Network> networks, List<Page> pages, Set<String> knownLinks,
            List<ru.officialpages.domain.PageIdentity> identities) {
        this.networks = List.copyOf(networks);
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
        List<Line> lines = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Table.Row row : table.rows()) {
            int line = row.line();
            int before = errors.size();
            Optional<LocalDateTime> detected = moment(row.cell(map.index(DETECTED)), true, line, DETECTED, errors);
            String networkCode = network(row.text(map.index(NETWORK)), line, errors);
            String text = row.text(map.index(TEXT)).strip();
            if (text.isEmpty()) {
                errors.add(new ImportProblem(line, Tr.tr("import.messages.error.noText")));
            }
            String link = row.text(map.index(LINK)).strip();
            Long pageId = null;
            if (!link.isEmpty()) {
                Integer earlier = seen.putIfAbsent(link, line);
                if (earlier != null) {
                    errors.add(new ImportProblem(line, Tr.tr("import.messages.error.twice", earlier)));
                } else if (knownLinks.contains(link)) {
                    errors.add(new ImportProblem(line, Tr.tr("import.messages.error.known")));
                }
                pageId = pageOf(link);
            }
            Importance importance = importance(row.text(map.index(IMPORTANCE)), line, errors);
            Optional<LocalDateTime> answered = moment(row.cell(map.index(ANSWERED)), false, line, ANSWERED, errors);
            Optional<LocalDateTime> fin = moment(row.cell(map.index(FINAL)), false, line, FINAL, errors);
            String interimCell = row.text(map.index(INTERIM)).strip();
            String interimKey = interimCell.toLowerCase(Locale.ROOT);
            boolean interim = !NO.contains(interimKey);
            if (interim && answered.isEmpty()) {
                errors.add(new ImportProblem(line, Tr.tr("import.messages.error.interimDate")));
            }
            if (errors.size() != before || detected.isEmpty() || networkCode == null) {
                continue;
            }
            LocalDateTime interimAt = interim ? answered.orElse(null) : null;
            LocalDateTime finalAt = fin.orElse(interim ? null : answered.orElse(null));
            if (!interim && fin.isPresent() && answered.isPresent() && !fin.get().equals(answered.get())) {
                // An answer date and a different final date with no interim mark: the first was an interim answer.
                interimAt = answered.get();
            }
            if ((interimAt != null && interimAt.isBefore(detected.get())) || (finalAt != null && finalAt.isBefore(detected.get()))) {
                errors.add(new ImportProblem(line, Tr.tr("import.messages.error.answerBeforeDetection")));
                continue;
            }
            if (interimAt != null && finalAt != null && finalAt.isBefore(interimAt)) {
                errors.add(new ImportProblem(line, Tr.tr("import.messages.error.finalBeforeInterim")));
                continue;
            }
            String interimText = interim && !YES.contains(interimKey) ? interimCell : "";
            Message m = Message.recorded(pageId, networkCode, row.text(map.index(AUTHOR)).strip(), "", link, text,
                    detected.get(), importance, "", "");
            m = m.withAnswers(interimAt, finalAt);
            if (!interimText.isEmpty()) {
                m = new Message(0, m.pageId(), m.networkCode(), m.authorName(), m.authorLink(), m.link(), m.text(),
                        m.detectedAt(), m.importance(), m.topic(), m.executor(), m.stage(), null, m.interimAt(), m.finalAt(),
                        null, null, null, null, null, "", null, interimText, "");
            }
            lines.add(new Line(line, m));
        }
        if (table.rows().isEmpty()) {
            errors.add(new ImportProblem(0, Tr.tr("import.messages.noRows")));
        }
        return new Preview(lines, errors, map.warnings());
    }

    private Long pageOf(String link) {
        PostLink.Result r = PostLink.parse(link);
        if (!r.isValid()) {
            return null;
        }
        return ru.officialpages.rules.PostPages.pageOf(r.post(), pages, identities).map(Page::id).orElse(null);
    }

    private String network(String text, int line, List<ImportProblem> errors) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (Network n : networks) {
            if (t.equals(n.code().toLowerCase(Locale.ROOT)) || t.equals(n.name().toLowerCase(Locale.ROOT).replace('ё', 'е'))
                    || (!n.host().isEmpty() && (t.equals(n.host()) || t.contains(n.host())))) {
                return n.code();
            }
        }
        if (t.equals("вк") || t.equals("вконтакте")) {
            return Network.VK;
        }
        if (t.equals("ок") || t.equals("однокласники")) {
            return Network.OK;
        }
        if (t.equals("телеграм") || t.equals("телеграмм")) {
            return Network.TELEGRAM;
        }
        errors.add(new ImportProblem(line, text.isBlank() ? Tr.tr("import.messages.error.noNetwork")
                : Tr.tr("import.messages.error.network", text.strip())));
        return null;
    }

    private static Importance importance(String text, int line, List<ImportProblem> errors) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.startsWith("обычн") || t.equals("ordinary") || t.startsWith("нормальн")) {
            return Importance.ORDINARY;
        }
        if (t.startsWith("высок") || t.startsWith("повышен") || t.equals("high") || t.equals("важное")) {
            return Importance.HIGH;
        }
        errors.add(new ImportProblem(line, Tr.tr("import.messages.error.importance", text.strip())));
        return Importance.ORDINARY;
    }

    /** A date cell, or text dd.MM.yyyy HH:mm (ISO too); the detection needs its time, an answer may be a date alone. */
    private static Optional<LocalDateTime> moment(Table.Cell cell, boolean required, int line, String column,
            List<ImportProblem> errors) {
        Optional<LocalDateTime> typed = cell.dateTime();
        if (typed.isPresent()) {
            return typed;
        }
        String t = cell.text().strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            if (required) {
                errors.add(new ImportProblem(line, Tr.tr("import.messages.error.noDate", column)));
            }
            return Optional.empty();
        }
        try {
            if (t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4} \\d{1,2}:\\d{2}")) {
                return Optional.of(LocalDateTime.parse(t, RU_DATE_TIME));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?")) {
                return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')));
            }
            if (!required && t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                return Optional.of(LocalDate.parse(t, RU_DATE).atTime(18, 0));
            }
        } catch (DateTimeParseException e) {
            // the error below
        }
        errors.add(new ImportProblem(line, Tr.tr("import.messages.error.date", t, column)));
        return Optional.empty();
    }
}
