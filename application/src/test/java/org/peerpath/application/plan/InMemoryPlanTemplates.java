package org.peerpath.application.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.plan.port.out.PlanTemplateRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.shared.StaffId;

/** POC-6: the county's template in memory, every save a new version, refused over a stale one. */
public final class InMemoryPlanTemplates implements PlanTemplateRepository {

    private final List<StoredTemplate> versions = new ArrayList<>();

    @Override
    public synchronized Optional<StoredTemplate> find() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    @Override
    public synchronized void save(String text, long seenVersion, StaffId by, Instant at) {
        long current = versions.isEmpty() ? -1 : versions.getLast().version();
        if (current != seenVersion) {
            throw new ConcurrentChangeException("plan template");
        }
        versions.add(new StoredTemplate(text, seenVersion + 1, by, at));
    }
}
