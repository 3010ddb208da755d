package org.peerpath.application.plan.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.peerpath.shared.StaffId;

/** Out port: the county's one Plan of Care narrative template (POC-6), with its optimistic-lock version. */
public interface PlanTemplateRepository {

    Optional<StoredTemplate> find();

    /**
     * Stores the text over {@code seenVersion} ({@link org.peerpath.application.shared.Versioned#NEVER_STORED} when
     * none was stored).
     *
     * @throws org.peerpath.application.shared.ConcurrentChangeException when it was saved since
     */
    void save(String text, long seenVersion, StaffId by, Instant at);

    record StoredTemplate(String text, long version, StaffId by, Instant at) {

        public StoredTemplate {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }
}
