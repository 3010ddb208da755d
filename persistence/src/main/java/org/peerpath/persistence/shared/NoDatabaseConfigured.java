package org.peerpath.persistence.shared;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when neither {@code PEERPATH_DB_URL} nor {@code spring.datasource.url} names a server: the embedded one. */
public class NoDatabaseConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty("spring.datasource.url", "");
        return url.isBlank();
    }
}
