package org.peerpath.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.peerpath.application.plan.port.out.PlanTemplateRepository;
import org.peerpath.application.plan.port.out.PlanTemplateRepository.StoredTemplate;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.shared.StaffId;

/**
 * What every {@link PlanTemplateRepository} must do (POC-6), run against the in-memory fake and against PostgreSQL:
 * each save is the next version over the one read, and a save over a version saved meanwhile is refused.
 */
public abstract class PlanTemplateRepositoryContract {

    protected abstract PlanTemplateRepository templates();

    /** Someone who may save the template (an admin account in the store). */
    protected abstract StaffId admin();

    private long current() {
        return templates().find().map(StoredTemplate::version).orElse(Versioned.NEVER_STORED);
    }

    @Test
    void poc6_a_save_over_the_version_read_is_the_next_version_and_is_read_back() {
        StaffId admin = admin();
        long seen = current();
        Instant at = Instant.parse("2026-11-20T10:00:00Z");

        templates().save("County words", seen, admin, at);

        assertThat(templates().find()).contains(new StoredTemplate("County words", seen + 1, admin, at));
    }

    @Test
    void poc6_a_save_over_a_version_saved_meanwhile_is_refused_and_the_first_stays() {
        StaffId admin = admin();
        long seen = current();
        templates().save("First admin", seen, admin, Instant.parse("2026-11-20T10:00:00Z"));

        assertThatThrownBy(() -> templates().save("Second admin", seen, admin, Instant.now()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(templates().find().orElseThrow().text()).isEqualTo("First admin");
    }
}
