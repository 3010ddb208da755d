package org.peerpath.application.plan.port.in;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * POC-6: the county's narrative template a new Plan of Care starts with; the Santa Cruz template until an admin
 * changes it.
 *
 * @param version the stored version to save over ({@link org.peerpath.application.shared.Versioned#NEVER_STORED} while
 *     the Santa Cruz default is in use)
 * @param countyDefault the Santa Cruz template is in use, nothing stored yet
 * @param changedBy who saved it last, when stored
 */
public record PlanTemplate(
        String text,
        long version,
        boolean countyDefault,
        @Nullable String changedBy,
        @Nullable Instant changedAt) {

    public PlanTemplate {
        Objects.requireNonNull(text, "text");
    }
}
