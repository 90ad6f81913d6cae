package ru.officialpages.rules;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted link split into its parts, before any network's rules apply. It is lenient where
 * people are (no scheme, http, spaces around, quotes from a Word document, upper-case host)
 * and strict where a link could mislead (user info before the host, a non-web scheme).
 * {@code scheme} is null when the user typed none; {@code port} is -1 when absent;
 * {@code query} and {@code fragment} are null when absent.
 */
record WebLink(String scheme, String host, int port, String path, List<String> segments,
               String query, String fragment) {

    static final int MAX_LENGTH = 2048;

    enum Problem { EMPTY, TOO_LONG, NOT_URL, SCHEME, USER_INFO, BARE_NAME }

    /** Why a text is not a web link; {@code detail} is the scheme or the bare name, if any. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        final Problem problem;
        final String detail;

        Rejected(Problem problem, String detail) {
            // Thrown for every bad paste, including thousands in property tests: no stack trace.
            super(problem.name(), null, false, false);
            this.problem = problem;
            this.detail = detail;
        }
    }

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern BARE_NAME = Pattern.compile("@([A-Za-z0-9_.]{2,64})");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");
    private static final Pattern TLD = Pattern.compile("\\p{L}{2,63}|xn--[a-z0-9-]{1,59}");
    /** Characters RFC 3986 forbids in a path or query even when browsers let them through. */
    private static final String FORBIDDEN = "<>\"{}|\\^`";

    static WebLink split(String text) throws Rejected {
        if (text == null) {
            throw new Rejected(Problem.EMPTY, null);
        }
        String s = unquote(stripBlanks(text));
        if (s.isEmpty()) {
            throw new Rejected(Problem.EMPTY, null);
        }
        if (s.length() > MAX_LENGTH) {
            throw new Rejected(Problem.TOO_LONG, null);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || FORBIDDEN.indexOf(c) >= 0) {
                throw new Rejected(Problem.NOT_URL, null);
            }
        }
        // A bare name starts with '@': other links (an import's thousands) skip the pattern.
        if (s.charAt(0) == '@') {
            Matcher bare = BARE_NAME.matcher(s);
            if (bare.matches()) {
                throw new Rejected(Problem.BARE_NAME, bare.group(1));
            }
        }

        String scheme = null;
        String rest = s;
        Matcher m = SCHEME.matcher(s);
        if (m.find()) {
            String candidate = m.group(1).toLowerCase(Locale.ROOT);
            String after = s.substring(m.end());
            if (candidate.equals("http") || candidate.equals("https")) {
                scheme = candidate;
                // "https:/vk.com" and "https:vk.com" are typing slips, not other kinds of link.
                int slashes = 0;
                while (slashes < 3 && slashes < after.length() && after.charAt(slashes) == '/') {
                    slashes++;
                }
                rest = after.substring(slashes);
            } else if (after.startsWith("//")) {
                throw new Rejected(Problem.SCHEME, candidate);
            } else if (candidate.indexOf('.') < 0 && !(after.length() > 0 && Character.isDigit(after.charAt(0)))) {
                // javascript:, mailto:, data:, tg: — a dotless word before ':' that is not host:port.
                throw new Rejected(Problem.SCHEME, candidate);
            }
        } else if (s.startsWith("//")) {
            rest = s.substring(2);
        }

        int end = firstOf(rest, "/?#");
        String authority = rest.substring(0, end);
        String remainder = rest.substring(end);
        if (authority.indexOf('@') >= 0) {
            throw new Rejected(Problem.USER_INFO, null);
        }
        int port = -1;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0) {
            port = port(authority.substring(colon + 1));
            authority = authority.substring(0, colon);
        }
        String host = host(authority);

        String fragment = null;
        int hash = remainder.indexOf('#');
        if (hash >= 0) {
            fragment = remainder.substring(hash + 1);
            remainder = remainder.substring(0, hash);
        }
        String query = null;
        int q = remainder.indexOf('?');
        if (q >= 0) {
            query = remainder.substring(q + 1);
            remainder = remainder.substring(0, q);
        }
        checkPercents(remainder);
        checkPercents(query);
        List<String> segments = new ArrayList<>();
        for (String part : remainder.split("/")) {
            if (!part.isEmpty()) {
                segments.add(part);
            }
        }
        return new WebLink(scheme, host, port, remainder, List.copyOf(segments), query, fragment);
    }

    /** The value of the first {@code name=} parameter of the query, or null. */
    String queryParam(String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : pair.substring(eq + 1);
            }
        }
        return null;
    }

    /** True when the host is {@code domain} or one of its subdomains. */
    boolean hostWithin(String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static String stripBlanks(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && blank(text.charAt(from))) {
            from++;
        }
        while (to > from && blank(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean blank(char c) {
        // Browsers and messengers add no-break and zero-width spaces around copied links.
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** A link copied out of a Word document or a letter often comes in quotes or angle brackets. */
    private static String unquote(String s) {
        if (s.length() >= 2) {
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            if ((first == '"' && last == '"') || (first == '«' && last == '»') || (first == '<' && last == '>')
                    || (first == '\'' && last == '\'') || (first == '“' && last == '”')) {
                return stripBlanks(s.substring(1, s.length() - 1));
            }
        }
        return s;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static int port(String digits) throws Rejected {
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Rejected(Problem.NOT_URL, null);
        }
        int port = Integer.parseInt(digits);
        if (port < 1 || port > 65535) {
            throw new Rejected(Problem.NOT_URL, null);
        }
        return port;
    }

    /**
     * A lower-case host name with at least two labels and a letter top-level domain: this turns
     * away words, IP addresses and "localhost", none of which is an official page.
     */
    private static String host(String authority) throws Rejected {
        String host = authority.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            throw new Rejected(Problem.NOT_URL, null);
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new Rejected(Problem.NOT_URL, null);
            }
        }
        if (!TLD.matcher(labels[labels.length - 1]).matches()) {
            throw new Rejected(Problem.NOT_URL, null);
        }
        if (ascii(host)) {
            // IDN would give an ASCII host back as it is: its labels are letters, digits and inner hyphens already.
            if (host.length() > 253) {
                throw new Rejected(Problem.NOT_URL, null);
            }
            return host;
        }
        try {
            String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
            if (ascii.length() > 253) {
                throw new Rejected(Problem.NOT_URL, null);
            }
        } catch (IllegalArgumentException e) {
            throw new Rejected(Problem.NOT_URL, null);
        }
        return host;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static void checkPercents(String s) throws Rejected {
        if (s == null) {
            return;
        }
        for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
            if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0
                    || Character.digit(s.charAt(i + 2), 16) < 0) {
                throw new Rejected(Problem.NOT_URL, null);
            }
        }
    }
}
