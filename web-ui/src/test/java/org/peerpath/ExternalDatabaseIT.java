package org.peerpath;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.port.in.StaffQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.datasource.url} set (as {@code PEERPATH_DB_URL} does), the app uses that server: no embedded
 * database starts, Flyway migrates the server, and no demo data is loaded unasked.
 */
@SpringBootTest
class ExternalDatabaseIT {

    /** Stands in for the county's own PostgreSQL server. */
    private static final EmbeddedPostgres SERVER = startServer();

    private static EmbeddedPostgres startServer() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void configuredServer(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> SERVER.getJdbcUrl("postgres", "postgres"));
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stopServer() throws IOException {
        SERVER.close();
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffQueries staff;

    @Test
    void the_configured_server_is_used_and_no_embedded_database_starts() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        JdbcClient server = JdbcClient.create(SERVER.getPostgresDatabase());
        assertThat(server.sql("select count(*) from flyway_schema_history where success")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void no_demo_data_is_loaded_without_demo() {
        assertThat(staff.accountForSignIn("peer.ava")).isEmpty();
        JdbcClient server = JdbcClient.create(SERVER.getPostgresDatabase());
        assertThat(server.sql("select count(*) from staff_account")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
