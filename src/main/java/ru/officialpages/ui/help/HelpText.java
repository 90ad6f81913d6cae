package ru.officialpages.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A screen's help, kept as a small text file in the jar ({@code help/<name>.txt}) so it works
 * offline and a writer edits it without Java: {@code # } a title, {@code ## } a section,
 * {@code - } a list item, other lines paragraphs, blank lines between.
 */
public record HelpText(List<Block> blocks) {

    public enum Kind { TITLE, SECTION, ITEM, PARAGRAPH }

    public record Block(Kind kind, String text) {
    }

    /** The help of {@code name} (today, pages, …, setup). */
    public static HelpText of(String name) {
        try (InputStream in = HelpText.class.getResourceAsStream("/ru/officialpages/ui/help/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("No help for " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HelpText parse(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ")) {
                blocks.add(new Block(Kind.SECTION, line.substring(3)));
            } else if (line.startsWith("# ")) {
                blocks.add(new Block(Kind.TITLE, line.substring(2)));
            } else if (line.startsWith("- ")) {
                blocks.add(new Block(Kind.ITEM, line.substring(2)));
            } else {
                blocks.add(new Block(Kind.PARAGRAPH, line));
            }
        }
        return new HelpText(List.copyOf(blocks));
    }

    /** The title line, or empty. */
    public String title() {
        return blocks.stream().filter(b -> b.kind() == Kind.TITLE).map(Block::text).findFirst().orElse("");
    }
}
