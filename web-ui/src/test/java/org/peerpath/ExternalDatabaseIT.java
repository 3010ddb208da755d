package org.peerpath;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.port.in.StaffQueries;
import org.peerpath.persistence.shared.EmbeddedDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.datasource.url} set (as {@code PEERPATH_DB_URL} does), the app uses that server: no embedded
 * database starts, Flyway migrates the server as the owner role ({@code PEERPATH_DB_OWNER_USER}) while the app
 * runs as its own role ({@code PEERPATH_DB_USER}), set up with README's SQL (C.8), and no demo data is loaded unasked.
 */
@SpringBootTest(properties = "peerpath.demo=false")
class ExternalDatabaseIT {

    /** Stands in for the county's own PostgreSQL server. */
    private static final EmbeddedPostgres SERVER = startServer();

    private static EmbeddedPostgres startServer() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            // README, "The database": the roles a DBA creates once.
            JdbcClient admin = JdbcClient.create(server.getPostgresDatabase());
            admin.sql("create role peerpath_owner login password 'owner-secret'")
                    .update();
            admin.sql("create role peerpath_app login password 'app-secret'").update();
            admin.sql("create database peerpath owner peerpath_owner").update();
            admin.sql("revoke all on database peerpath from public").update();
            admin.sql("grant connect, temporary on database peerpath to peerpath_app")
                    .update();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void configuredServer(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + SERVER.getPort() + "/peerpath");
        properties.add("spring.datasource.username", () -> "peerpath_app");
        properties.add("spring.datasource.password", () -> "app-secret");
        properties.add("peerpath.db.owner-user", () -> "peerpath_owner");
        properties.add("peerpath.db.owner-password", () -> "owner-secret");
    }

    @AfterAll
    static void stopServer() throws IOException {
        SERVER.close();
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffQueries staff;

    @Autowired
    JdbcClient app;

    private JdbcClient server() {
        return JdbcClient.create(SERVER.getDatabase("postgres", "peerpath"));
    }

    @Test
    void the_configured_server_is_used_and_no_embedded_database_starts() {
        assertThat(context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
        assertThat(server().sql("select count(*) from flyway_schema_history where success")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void c8_flyway_migrates_as_the_owner_and_the_app_runs_as_its_own_role() {
        assertThat(server().sql("select distinct installed_by from flyway_schema_history")
                        .query(String.class)
                        .list())
                .containsExactly("peerpath_owner");
        assertThat(server().sql("select tableowner from pg_tables where tablename = 'audit_event'")
                        .query(String.class)
                        .single())
                .isEqualTo("peerpath_owner");
        assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo("peerpath_app");
        assertThat(app.sql("select has_table_privilege('audit_event', 'UPDATE')")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(app.sql("select has_table_privilege('audit_event', 'INSERT')")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(app.sql("select has_table_privilege('member', 'DELETE')")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void no_demo_data_is_loaded_without_demo() {
        assertThat(staff.accountForSignIn("peer.ava")).isEmpty();
        assertThat(server().sql("select count(*) from staff_account")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
