package ru.officialpages.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.officialpages.i18n.Tr;
import ru.officialpages.text.Bureaucratese;
import ru.officialpages.text.CheckOptions;
import ru.officialpages.text.Finding;
import ru.officialpages.text.FindingKind;
import ru.officialpages.text.LexiconException;
import ru.officialpages.text.NetworkLimit;
import ru.officialpages.text.PersonalDictionary;
import ru.officialpages.text.Speller;
import ru.officialpages.text.TextChecker;

/**
 * {@code check-text [--network N] [--no-spelling] [--lexicon FILE] FILE|-}: the text checks of
 * issue 8 for a script. Findings are not errors: the exit code is 0 whatever is found.
 */
final class CheckTextCommand implements Command {
    private static final int FRAGMENT_MAX = 60;
    /** The largest text checked: a hundred times a long post (README «Пределы файлов»). */
    static final int MAX_BYTES = 512 * 1024;

    @Override
    public String name() {
        return "check-text";
    }

    @Override
    public String summary() {
        return Tr.tr("text.cli.summary");
    }

    @Override
    public int run(List<String> args, CliOutput out, Services services) throws UsageException {
        CheckOptions options = CheckOptions.defaults();
        Path lexicon = null;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--no-spelling" -> options = options.withoutSpelling();
                case "--network" -> options = options.forNetwork(network(value(args, ++i)));
                case "--lexicon" -> lexicon = Path.of(value(args, ++i));
                default -> {
                    if (a.startsWith("--") || file != null) {
                        throw new UsageException(a.startsWith("--") ? Tr.tr("cli.error.unknownOption", a)
                                : Tr.tr("cli.error.extraArgs", a));
                    }
                    file = a;
                }
            }
        }
        if (file == null) {
            throw new UsageException(Tr.tr("text.cli.usage"));
        }
        Optional<String> text = read(file, out);
        if (text.isEmpty()) {
            return Cli.FAILURE;
        }
        Bureaucratese words = Bureaucratese.builtIn();
        if (lexicon != null) {
            try (Reader r = Files.newBufferedReader(lexicon, StandardCharsets.UTF_8)) {
                words = words.with(r, lexicon.getFileName().toString());
            } catch (IOException | LexiconException e) {
                out.err().println(e instanceof LexiconException ? e.getMessage()
                        : Tr.tr("text.cli.unreadable", lexicon, e.getMessage()));
                return Cli.FAILURE;
            }
        }
        TextChecker checker = new TextChecker(words, new Speller(PersonalDictionary.empty()));
        List<Finding> findings = checker.check(text.get(), options);
        print(text.get(), findings, out);
        return Cli.OK;
    }

    private static void print(String text, List<Finding> findings, CliOutput out) {
        Map<FindingKind, Integer> byKind = new EnumMap<>(FindingKind.class);
        for (Finding f : findings) {
            byKind.merge(f.kind(), 1, Integer::sum);
            StringBuilder line = new StringBuilder();
            if (f.start() == f.end()) {
                line.append(Tr.tr("text.cli.wholeText"));
            } else {
                int[] lc = lineAndColumn(text, f.start());
                line.append(lc[0]).append(':').append(lc[1]);
            }
            line.append("  ").append(Tr.tr("text.kind." + f.kind().name()));
            if (!f.fragment().isEmpty()) {
                line.append("  «").append(shortened(f.fragment())).append('»');
            }
            line.append("  — ").append(f.message());
            if (!f.suggestions().isEmpty()) {
                line.append(" → ").append(String.join(", ", f.suggestions()));
            }
            out.out().println(line);
        }
        if (findings.isEmpty()) {
            out.out().println(Tr.tr("text.cli.none"));
        } else {
            String parts = byKind.entrySet().stream()
                    .map(e -> Tr.tr("text.kind." + e.getKey().name()) + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            out.out().println(Tr.tr("text.cli.total",
                    Tr.count(findings.size(), "text.cli.finding.one", "text.cli.finding.few", "text.cli.finding.many"),
                    parts));
        }
    }

    /** 1-based line and column; a line ends at \n (a \r before it is part of no column that matters). */
    static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private static String shortened(String fragment) {
        String oneLine = fragment.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= FRAGMENT_MAX ? oneLine : oneLine.substring(0, FRAGMENT_MAX - 1) + "…";
    }

    private static Optional<String> read(String file, CliOutput out) {
        byte[] bytes;
        String name = file.equals("-") ? "-" : file;
        try {
            // A post or an answer, not a book: anything larger is refused before it is read whole (issue 21).
            if (!file.equals("-") && Files.size(Path.of(file)) > MAX_BYTES) {
                out.err().println(Tr.tr("text.cli.tooBig", name, MAX_BYTES / 1024));
                return Optional.empty();
            }
            try (java.io.InputStream in = file.equals("-") ? out.in() : Files.newInputStream(Path.of(file))) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                out.err().println(Tr.tr("text.cli.tooBig", name, MAX_BYTES / 1024));
                return Optional.empty();
            }
        } catch (java.nio.file.NoSuchFileException e) {
            out.err().println(Tr.tr("cli.error.noFile", file));
            return Optional.empty();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            out.err().println(Tr.tr("text.cli.unreadable", name, e.getMessage()));
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            out.err().println(Tr.tr("text.cli.notUtf8", name));
            return Optional.empty();
        }
    }

    private static String value(List<String> args, int i) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(Tr.tr("text.cli.usage"));
        }
        return args.get(i);
    }

    private static NetworkLimit network(String s) throws UsageException {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "vk", "вк" -> NetworkLimit.VK;
            case "ok", "ок" -> NetworkLimit.OK;
            case "telegram", "tg" -> NetworkLimit.TELEGRAM;
            case "telegram-caption" -> NetworkLimit.TELEGRAM_CAPTION;
            default -> throw new UsageException(Tr.tr("text.cli.badNetwork", s));
        };
    }
}
