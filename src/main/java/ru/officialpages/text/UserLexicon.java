package ru.officialpages.text;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import ru.officialpages.formats.TextEncoding;
import ru.officialpages.i18n.Tr;

/**
 * The user's own officialese phrases, in the format of the built-in lexicon (see
 * {@link Bureaucratese}): kept whole, with the name of the file they came from, so the program
 * keeps working when that file is moved or deleted.
 */
public record UserLexicon(String name, String content) {
    /** A lexicon file larger than this is surely something else. */
    static final long MAX_BYTES = 2_000_000;

    public UserLexicon {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /**
     * Reads and checks a file: UTF-8 (with or without BOM), or Windows-1251 as older Notepad
     * saves it. A line the program cannot use is refused with its number.
     *
     * @throws LexiconException in Russian: unreadable, too big, or which line is wrong
     */
    public static UserLexicon read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new LexiconException(Tr.tr("text.lexicon.tooBig", name));
            }
            byte[] bytes = Files.readAllBytes(file);
            UserLexicon lexicon = new UserLexicon(name, TextEncoding.decode(bytes));
            int phrases = lexicon.phrases();
            if (phrases == 0) {
                throw new LexiconException(Tr.tr("text.lexicon.empty", name));
            }
            return lexicon;
        } catch (IOException e) {
            throw new LexiconException(Tr.tr("text.lexicon.unreadable", name), e);
        }
    }

    /** How many phrases the lexicon adds; throws {@link LexiconException} naming a bad line. */
    public int phrases() {
        return Bureaucratese.parse(new StringReader(content), name).size();
    }

    /** The built-in lexicon with these phrases added. */
    public Bureaucratese withBuiltIn() {
        return Bureaucratese.builtIn().with(new StringReader(content), name);
    }
}
