package org.peerpath.persistence.shared;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: a real PostgreSQL 15 started in-process when no server is configured
 * ({@code PEERPATH_DB_URL} / {@code spring.datasource.url} empty). With a data folder its data survives restarts;
 * without one (tests) it lives in a temporary folder that is removed on close.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${peerpath.embedded-db.data-dir:}") String dataDir) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "50")
                .setServerConfig("fsync", dataDir.isBlank() ? "off" : "on");
        if (!dataDir.isBlank()) {
            Path folder = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(folder);
            builder.setDataDirectory(folder).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", folder);
        }
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("peerpath-embedded");
        return dataSource;
    }
}
