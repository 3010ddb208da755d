package org.peerpath.persistence.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * On a configured server, Flyway migrates as the schema owner {@code PEERPATH_DB_OWNER_USER}
 * ({@code peerpath.db.owner-user}) while the app runs as {@code PEERPATH_DB_USER} (C.8). Without an owner the
 * app's own role migrates and owns the schema, and only the audit trigger keeps audit events append-only.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseOwnerConfiguration.ServerWithOwner.class)
public class ExternalDatabaseOwnerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseOwnerConfiguration.class);

    /** Only Flyway's connections: a DataSource bean would replace the app's own (Boot backs off). */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(
            @Value("${spring.datasource.url}") String url,
            @Value("${peerpath.db.owner-user}") String owner,
            @Value("${peerpath.db.owner-password:}") String password) {
        return configuration -> {
            log.info("Flyway migrates {} as the schema owner {}", url, owner);
            configuration.dataSource(url, owner, password);
        };
    }

    /** A server is configured and so is its owner role. */
    static class ServerWithOwner implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            return !environment.getProperty("spring.datasource.url", "").isBlank()
                    && !environment.getProperty("peerpath.db.owner-user", "").isBlank();
        }
    }
}
