package ru.officialpages.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a user's address may become a clickable link. Only http and https: a
 * "javascript:", "file:" or "mailto:" address in a report handed to the head or the website
 * must never do anything when clicked.
 */
final class WebAddress {
    /** Excel does not open longer link addresses. */
    static final int MAX_LENGTH = 2_079;

    private WebAddress() {
    }

    /** The address to link to, or empty when it must be shown as plain text. */
    static Optional<String> linkable(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.strip();
        if (a.isEmpty() || a.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            // U+FFFE, U+FFFF and U+FDD0–U+FDEF are not characters: XML refuses them and the file would not open.
            boolean nonCharacter = c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF');
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSurrogate(c) || nonCharacter
                    || c == '"' || c == '<' || c == '>' || c == '\\') {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(a);
            String scheme = uri.getScheme();
            if (scheme == null || uri.isOpaque()) {
                return Optional.empty();
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            if (!s.equals("http") && !s.equals("https")) {
                return Optional.empty();
            }
            // getHost() is null for Cyrillic domains (администрация.рф), which are real sites here.
            String authority = uri.getRawAuthority();
            if (authority == null || authority.isEmpty() || authority.startsWith("@") || authority.startsWith(":")) {
                return Optional.empty();
            }
            return Optional.of(a);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
