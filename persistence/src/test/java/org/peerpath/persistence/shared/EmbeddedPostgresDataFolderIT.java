package org.peerpath.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code ./peerpath run} keeps its data between runs in the folder it is given. */
class EmbeddedPostgresDataFolderIT {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void data_written_in_one_run_is_there_in_the_next(@TempDir Path folder) throws Exception {
        try (EmbeddedPostgres first = configuration.embeddedPostgres(folder.toString())) {
            DataSource dataSource = first.getPostgresDatabase();
            JdbcClient.create(dataSource).sql("create table kept (note text)").update();
            JdbcClient.create(dataSource)
                    .sql("insert into kept values ('still here')")
                    .update();
        }

        try (EmbeddedPostgres second = configuration.embeddedPostgres(folder.toString())) {
            String note = JdbcClient.create(second.getPostgresDatabase())
                    .sql("select note from kept")
                    .query(String.class)
                    .single();
            assertThat(note).isEqualTo("still here");
        }
        assertThat(folder.resolve("PG_VERSION")).exists();
    }
}
