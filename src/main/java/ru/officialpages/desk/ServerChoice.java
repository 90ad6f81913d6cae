package ru.officialpages.desk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.officialpages.i18n.Tr;

/**
 * A district's server as the user names it in «Подключиться к районной базе» (issue 19 item 1): the server
 * (host, port 5432 unless said), the database and the login. No password: that is asked at every start.
 */
public record ServerChoice(String host, int port, String database, String login) {
    public static final int DEFAULT_PORT = 5432;
    /** A host name, an IPv4 address, or an IPv6 one in brackets; then an optional port. */
    private static final Pattern SERVER = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[\\p{L}0-9._-]+)(?::(\\d{1,5}))?");

    /**
     * The choice from the form's three fields, each trimmed; a {@link SignInRefusal} naming the field
     * when one is empty or not of its shape.
     */
    public static ServerChoice of(String server, String database, String login) {
        String s = server == null ? "" : server.strip();
        String d = database == null ? "" : database.strip();
        String l = login == null ? "" : login.strip();
        if (s.isEmpty()) {
            throw new SignInRefusal(SignInRefusal.Field.SERVER, Tr.tr("server.connect.error.serverEmpty"));
        }
        Matcher m = SERVER.matcher(s);
        if (!m.matches()) {
            throw new SignInRefusal(SignInRefusal.Field.SERVER, Tr.tr("server.connect.error.serverShape", s));
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw new SignInRefusal(SignInRefusal.Field.SERVER, Tr.tr("server.connect.error.port", m.group(2)));
        }
        if (d.isEmpty()) {
            throw new SignInRefusal(SignInRefusal.Field.DATABASE, Tr.tr("server.connect.error.databaseEmpty"));
        }
        if (l.isEmpty()) {
            throw new SignInRefusal(SignInRefusal.Field.LOGIN, Tr.tr("server.connect.error.loginEmpty"));
        }
        String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        return new ServerChoice(host, port, d, l);
    }

    /** The server as the form's field shows it: the port only when it is not the usual one. */
    public String server() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return port == DEFAULT_PORT ? h : h + ":" + port;
    }

    /** As shown to people: login@server:port/database, no password. */
    public String display() {
        return login + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }
}
