package ru.officialpages.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way to get a user-visible string. Russian is the base bundle, so the program
 * speaks Russian whatever the machine's locale is.
 */
public final class Tr {
    public static final Locale RUSSIAN = new Locale("ru", "RU");
    private static final String BUNDLE = "ru.officialpages.i18n.messages";
    /**
     * Parsed patterns by key: a screen fills in the same text hundreds of times ("2 из 3" for every
     * page and week), and a new MessageFormat each time (its number formats looked up by locale) was
     * a tenth of the Контент-план's first opening (issue 10). A MessageFormat is not thread-safe, so
     * each is used under its own lock; the UI and database threads rarely want the same key at once.
     */
    private static final ConcurrentHashMap<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();
    private static volatile ResourceBundle bundle;

    private Tr() {
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug caught by MessagesConsistencyTest; show the key rather than crash.
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = FORMATS.computeIfAbsent(key, k -> new MessageFormat(pattern, RUSSIAN));
        synchronized (format) {
            return format.format(args);
        }
    }

    /**
     * Russian plural form for {@code n}: {@code one} for 1, 21, 101…; {@code few} for 2–4,
     * 22–24…; {@code many} for 0, 5–20, 11–14, 25….
     */
    public static String plural(long n, String one, String few, String many) {
        long abs = Math.abs(n);
        long mod100 = abs % 100;
        long mod10 = abs % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return many;
        }
        if (mod10 == 1) {
            return one;
        }
        if (mod10 >= 2 && mod10 <= 4) {
            return few;
        }
        return many;
    }

    /** "5 публикаций": the number and the plural form of the word given by three keys. */
    public static String count(long n, String oneKey, String fewKey, String manyKey) {
        return n + " " + plural(n, tr(oneKey), tr(fewKey), tr(manyKey));
    }

    /** Looked up once: the bundle never changes while the program runs, and the lookup is not free. */
    static ResourceBundle bundle() {
        ResourceBundle b = bundle;
        if (b == null) {
            b = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
            bundle = b;
        }
        return b;
    }
}
