package ru.officialpages.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test texts in src/test/resources/ru/officialpages/text. */
final class Corpus {
    /** A press release in the style the orders advise against (novokubansky app.2 §10), 1,500 characters. */
    static final String PRESS_RELEASE = read("press-release.txt");
    /** A post in the plain style of social networks (minvody order §7). */
    static final String PLAIN_POST = read("plain-post.txt");
    /** Typical mistakes: "учавствовать", "в течении недели", "придти"; and local names. */
    static final String TYPOS = read("typos.txt");

    private Corpus() {
    }

    static String read(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
