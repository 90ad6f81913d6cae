package ru.officialpages.storage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a district's database is and as whom to connect: {@code postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE}
 * (the {@code --db} option, the {@code OFFICIAL_PAGES_DB} variable). The login is a PostgreSQL role;
 * the password is kept only in memory and never shown.
 */
public record ServerAddress(String host, int port, String database, String login, String password) {
    private static final Pattern URL = Pattern.compile(
            "(?:postgres(?:ql)?|jdbc:postgresql)://(?:([^:@/]*)(?::([^@/]*))?@)?([^:/?#]+)(?::(\\d{1,5}))?/([^/?#]+)/?");
    public static final int DEFAULT_PORT = 5432;

    public ServerAddress {
        login = login == null ? "" : login;
        password = password == null ? "" : password;
    }

    /** Reads an address as the user wrote it; a {@link StorageException} ({@link StorageException.Failure#SERVER_ADDRESS}) when it is not one. */
    public static ServerAddress parse(String text) {
        Matcher m = URL.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new StorageException(StorageException.Failure.SERVER_ADDRESS, text);
        }
        int port = m.group(4) == null ? DEFAULT_PORT : Integer.parseInt(m.group(4));
        if (port == 0 || port > 65535) {
            throw new StorageException(StorageException.Failure.SERVER_ADDRESS, text);
        }
        return new ServerAddress(m.group(3), port, decode(m.group(5)), decode(m.group(1)), decode(m.group(2)));
    }

    private static String decode(String s) {
        return s == null ? null : URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** As shown to people and in the log: no password. */
    public String display() {
        return (login.isEmpty() ? "" : login + "@") + host + ":" + port + "/" + database;
    }

    /** The same server and database as another login. */
    public ServerAddress as(String otherLogin, String otherPassword) {
        return new ServerAddress(host, port, database, otherLogin, otherPassword);
    }

    /**
     * True when the server refuses this address for want of a password (the address gave none, the server
     * does not trust the login): the command line then asks for it. Opens and closes one connection.
     */
    public boolean asksForPassword() {
        if (!password.isEmpty()) {
            return false;
        }
        try (Connection c = open()) {
            return false;
        } catch (StorageException e) {
            return e.getCause() instanceof SQLException s && "08004".equals(s.getSQLState());
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return display();
    }

    /**
     * A connection (auto-commit on) or a {@link StorageException} whose failure says what is
     * wrong: the login or password, the server not answering, the database missing. No stack trace
     * reaches the user; the log gets the driver's own words.
     */
    Connection open() {
        Properties p = new Properties();
        p.setProperty("user", login);
        p.setProperty("password", password);
        // The repositories bind dates and texts with setString whatever the column: let the server
        // take them as it would a literal, as SQLite does.
        p.setProperty("stringtype", "unspecified");
        p.setProperty("ApplicationName", "official-pages");
        // Every supported server is newer than 9.4: the driver then sends the application name with the login
        // instead of a SET after it, a round trip fewer for every connection (issue 20).
        p.setProperty("assumeMinServerVersion", "9.4");
        // A batch of inserts (an import's thousands of posts) goes as multi-row INSERTs: the server plans and
        // checks the settlement's policy once per statement, not once per row (issue 20: five imports at once).
        p.setProperty("reWriteBatchedInserts", "true");
        p.setProperty("connectTimeout", "10");
        try {
            return DriverManager.getConnection(jdbcUrl(), p);
        } catch (SQLException e) {
            String state = String.valueOf(e.getSQLState());
            StorageException.Failure failure;
            if (state.startsWith("28")) {
                failure = StorageException.Failure.SERVER_LOGIN;
            } else if (password.isEmpty() && state.equals("08004")) {
                // The driver's own refusal: the server wants a password and the address gave none.
                failure = StorageException.Failure.SERVER_NEEDS_PASSWORD;
            } else if (state.equals("3D000")) {
                failure = StorageException.Failure.SERVER_NO_DATABASE;
            } else if (state.startsWith("08")) {
                failure = StorageException.Failure.SERVER_UNREACHABLE;
            } else {
                failure = StorageException.Failure.SERVER_OPEN;
            }
            org.slf4j.LoggerFactory.getLogger(ServerAddress.class).warn("Connecting to {} failed: {} {}", display(), state, e.getMessage());
            throw new StorageException(failure, e, display());
        }
    }
}
