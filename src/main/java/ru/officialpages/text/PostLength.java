package ru.officialpages.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.officialpages.i18n.Tr;

/**
 * Length against the network's limit, and the counts of hashtags and links. Novoaltaysk §2.3
 * lists hashtags among the forms of a post; a dozen of them, or a post that is mostly links,
 * reads as spam, so past a few we warn.
 */
final class PostLength {
    static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\d_#])#[\\p{L}\\d_]*\\p{L}[\\p{L}\\d_@]*");
    static final Pattern LINK = Pattern.compile(
            "(?i)(?<![\\p{L}\\d@])(?:https?://|www\\.)[^\\s<>«»\"]+|(?<![\\p{L}\\d@./])(?:[a-z0-9-]+\\.)+(?:ru|рф|su|com|org|net|me)/[^\\s<>«»\"]*");

    static List<Finding> find(String text, CheckOptions options) {
        List<Finding> found = new ArrayList<>();
        options.network().ifPresent(limit -> {
            if (text.length() > limit.maxChars()) {
                found.add(Finding.of(text, limit.maxChars(), text.length(), FindingKind.LENGTH, Severity.ERROR,
                        Tr.tr("text.length.tooLong", text.length(), limit.maxChars(), Tr.tr("text.network." + limit.name())),
                        List.of(), "length"));
            }
        });
        over(text, HASHTAG, options.maxHashtags(), "text.length.hashtags", "hashtags", found);
        over(text, LINK, options.maxLinks(), "text.length.links", "links", found);
        return found;
    }

    /** Spans of hashtags and links: the speller has nothing to say inside them. */
    static List<int[]> markup(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : List.of(HASHTAG, LINK)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans;
    }

    private static void over(String text, Pattern p, int max, String key, String rule, List<Finding> found) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int k = max; k < spans.size(); k++) {
            found.add(Finding.of(text, spans.get(k)[0], spans.get(k)[1], FindingKind.LENGTH, Severity.WARNING,
                    Tr.tr(key, spans.size(), max), List.of(), rule));
        }
    }
}
