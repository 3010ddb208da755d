package org.peerpath.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./peerpath run} keeps its data between runs in the folder it is given; the embedded server asks every
 * role for its password (never {@code trust}) and flushes to disk (C.8).
 */
class EmbeddedPostgresDataFolderIT {

    @Test
    void data_written_in_one_run_is_there_in_the_next(@TempDir Path folder) throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder, true)) {
            JdbcClient owner = JdbcClient.create(first.ownerDataSource());
            owner.sql("create table kept (note text)").update();
            owner.sql("insert into kept values ('still here')").update();
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(folder, true)) {
            String note = JdbcClient.create(second.ownerDataSource())
                    .sql("select note from kept")
                    .query(String.class)
                    .single();
            assertThat(note).isEqualTo("still here");
        }
        assertThat(folder.resolve("PG_VERSION")).exists();
    }

    @Test
    void c8_every_connection_needs_a_password_and_writes_are_flushed(@TempDir Path folder) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, true)) {
            assertThat(Files.readString(folder.resolve("pg_hba.conf")))
                    .doesNotContain("trust")
                    .contains("scram-sha-256");
            for (String user : new String[] {"postgres", EmbeddedDatabase.OWNER, EmbeddedDatabase.APP}) {
                assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), user, "")
                                .close())
                        .as("%s without a password", user)
                        .hasMessageContaining("password");
                assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), user, "guess")
                                .close())
                        .as("%s with a wrong password", user)
                        .hasMessageContaining("password authentication failed");
            }
            JdbcClient app = JdbcClient.create(database.appDataSource());
            assertThat(app.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(app.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
            assertThat(app.sql("select rolsuper from pg_roles where rolname = current_user")
                            .query(Boolean.class)
                            .single())
                    .isFalse();
        }
    }

    @Test
    void c8_a_folder_made_without_passwords_is_refused_with_what_to_do(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("postgresql.conf"), "# made by an older PeerPath, with trust\n");

        assertThatThrownBy(() -> EmbeddedDatabase.start(folder, true))
                .isInstanceOf(DatabaseChoice.NoDatabaseChosenException.class)
                .hasMessageContaining("older PeerPath")
                .hasMessageContaining("Delete that folder");
    }
}
