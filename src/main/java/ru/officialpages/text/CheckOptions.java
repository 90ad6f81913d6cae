package ru.officialpages.text;

import java.util.Optional;

/**
 * What to check a text against.
 *
 * @param network       the length limit, if the text is for one network
 * @param spelling      run LanguageTool (off: no spelling or grammar, and the suffix heuristic for morphology)
 * @param maxCitations  citations of legal acts a post may have (novokubansky app.2 §10: "не более двух")
 * @param maxHashtags   hashtags before we warn
 * @param maxLinks      links before we warn
 */
public record CheckOptions(Optional<NetworkLimit> network, boolean spelling, int maxCitations, int maxHashtags,
                           int maxLinks) {

    public static final int MAX_CITATIONS = 2;
    public static final int MAX_HASHTAGS = 5;
    public static final int MAX_LINKS = 3;

    /** Everything on, no network. */
    public static CheckOptions defaults() {
        return new CheckOptions(Optional.empty(), true, MAX_CITATIONS, MAX_HASHTAGS, MAX_LINKS);
    }

    public CheckOptions forNetwork(NetworkLimit limit) {
        return new CheckOptions(Optional.of(limit), spelling, maxCitations, maxHashtags, maxLinks);
    }

    public CheckOptions withoutSpelling() {
        return new CheckOptions(network, false, maxCitations, maxHashtags, maxLinks);
    }
}
