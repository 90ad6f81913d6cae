package ru.officialpages.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an author is recognised again: by the profile link when there is one, written any of the
 * ways people copy it (with or without https, www or m., a trailing slash, a query), else by the
 * name in lower case with ё as е and single spaces. Two records of the same person give the
 * same key, so a blacklisted author is noticed when a new record names them.
 */
public final class AuthorKey {
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private AuthorKey() {
    }

    /** The link's key, or "" when there is no link. */
    public static String link(String link) {
        if (link == null) {
            return "";
        }
        String s = link.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return "";
        }
        s = SCHEME.matcher(s).replaceFirst("");
        int cut = indexOfAny(s, '?', '#');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("www.")) {
            s = s.substring(4);
        }
        if (s.startsWith("m.")) {
            s = s.substring(2);
        }
        // The networks' older and longer domains lead to the same profiles.
        s = s.replaceFirst("^vkontakte\\.ru/", "vk.com/").replaceFirst("^odnoklassniki\\.ru/", "ok.ru/")
                .replaceFirst("^telegram\\.me/", "t.me/");
        return s;
    }

    /** The name's key: lower case, ё as е, single spaces; "" when blank. */
    public static String name(String name) {
        if (name == null) {
            return "";
        }
        return SPACES.matcher(name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" ");
    }

    /** The key an author is filed under: the link's, else the name's. */
    public static String of(String name, String link) {
        String l = link(link);
        return l.isEmpty() ? name(name) : l;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
