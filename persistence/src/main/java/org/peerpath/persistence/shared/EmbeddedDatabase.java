package org.peerpath.persistence.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 15 run in-process (zonky), set up like a server (C.8): password authentication only, never
 * {@code trust}; the superuser {@code postgres} has a password only this class knows (kept in the data folder);
 * the database {@value #DATABASE} belongs to {@value #OWNER}, which Flyway migrates as; the app connects as
 * {@value #APP}, which may not change or delete audit events (see {@code V010__app_role_privileges.sql}). Both
 * roles get new random passwords at every start.
 */
public final class EmbeddedDatabase implements Closeable {

    public static final String DATABASE = "peerpath";
    public static final String OWNER = "peerpath_owner";
    public static final String APP = "peerpath_app";

    /** The superuser's password, in the data folder (which PostgreSQL keeps private to its owner). */
    static final String SUPERUSER_SECRET = "peerpath-superuser.secret";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String PG_HBA = """
            # Written by PeerPath at every start: password (SCRAM) authentication only, local connections only.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final String ownerPassword;
    private final String appPassword;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String ownerPassword, String appPassword) {
        this.postgres = postgres;
        this.ownerPassword = ownerPassword;
        this.appPassword = appPassword;
    }

    /**
     * Starts the embedded server.
     *
     * @param folder where the data stays between runs; {@code null} for a temporary folder removed at close
     * @param fsync whether PostgreSQL flushes to disk; off only in tests, for speed
     */
    public static EmbeddedDatabase start(@Nullable Path folder, boolean fsync) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "50")
                .setServerConfig("fsync", fsync ? "on" : "off")
                .setServerConfig("synchronous_commit", fsync ? "on" : "off")
                .setServerConfig("full_page_writes", fsync ? "on" : "off")
                .setServerConfig("password_encryption", "scram-sha-256");
        boolean fresh = true;
        String superuserPassword = newPassword();
        if (folder != null) {
            Path data = folder.toAbsolutePath();
            Files.createDirectories(data);
            fresh = !Files.exists(data.resolve("postgresql.conf"));
            if (!fresh) {
                superuserPassword = readSuperuserSecret(data);
            }
            builder.setDataDirectory(data).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", data);
        }
        Path passwordFile = null;
        if (fresh) {
            // initdb (run by zonky with "-A trust") takes these extra options last, so they win.
            passwordFile = Files.createTempFile("peerpath-pw", ".txt");
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(passwordFile, superuserPassword + "\n", StandardCharsets.UTF_8);
            builder.setLocaleConfig("pwfile", passwordFile.toString()).setLocaleConfig("auth", "scram-sha-256");
        }
        String secret = superuserPassword;
        boolean writeSecret = fresh && folder != null;
        builder.setConnectConfig("password", secret).setDataDirectoryCustomizer(dataDirectory -> {
            writeAuthenticationRules(dataDirectory.toPath());
            if (writeSecret) {
                writeSuperuserSecret(dataDirectory.toPath(), secret);
            }
        });
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, newPassword(), newPassword());
        try {
            database.createRolesAndDatabase();
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw new IOException("Could not set up the roles of the embedded PostgreSQL: " + e.getMessage(), e);
        }
        return database;
    }

    private static String readSuperuserSecret(Path data) throws IOException {
        Path secret = data.resolve(SUPERUSER_SECRET);
        if (!Files.exists(secret)) {
            throw new DatabaseChoice.NoDatabaseChosenException("The embedded database in " + data
                    + " was made by an older PeerPath that let anyone on this machine in without a password."
                    + " Delete that folder (./peerpath run loads the demo program again) or set PEERPATH_DATA_DIR"
                    + " to a new folder.");
        }
        return Files.readString(secret, StandardCharsets.UTF_8).strip();
    }

    private static void writeSuperuserSecret(Path data, String password) {
        try {
            Path secret = data.resolve(SUPERUSER_SECRET);
            Files.writeString(secret, password + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeAuthenticationRules(Path data) {
        try {
            Files.writeString(data.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 32 random letters and digits: safe inside SQL quotes and connection strings. */
    static String newPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private void createRolesAndDatabase() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            for (String role : new String[] {OWNER, APP}) {
                boolean exists;
                try (var rows = sql.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
                    exists = rows.next();
                }
                if (!exists) {
                    sql.execute("create role " + role);
                }
                sql.execute("alter role " + role
                        + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                        + (role.equals(OWNER) ? ownerPassword : appPassword) + "'");
            }
            boolean databaseExists;
            try (var rows = sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                databaseExists = rows.next();
            }
            if (!databaseExists) {
                sql.execute("create database " + DATABASE + " owner " + OWNER);
            }
            sql.execute("revoke all on database " + DATABASE + " from public");
            sql.execute("grant connect, temporary on database " + DATABASE + " to " + APP);
        }
    }

    /** The app's connections: the role {@value #APP}. */
    public DataSource appDataSource() {
        return dataSource(APP, appPassword);
    }

    /** Flyway's connections: the role {@value #OWNER}, which owns the schema. */
    public DataSource ownerDataSource() {
        return dataSource(OWNER, ownerPassword);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String password(String role) {
        return role.equals(OWNER) ? ownerPassword : appPassword;
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
