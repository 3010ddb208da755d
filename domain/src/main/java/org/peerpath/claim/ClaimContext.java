package org.peerpath.claim;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.county.CountySettings;
import org.peerpath.service.ServiceDraft;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.SupervisionAssignment;

/** What every rule group reads: the service, its facts, and the date of service all status is computed for. */
record ClaimContext(@Nullable ServiceId serviceId, ServiceDraft service, ClaimFacts facts, LocalDate dateOfService) {

    CountySettings settings() {
        return facts.county().settings();
    }

    StaffId peer() {
        return service.peer();
    }

    Optional<StaffId> supervisor() {
        return facts.supervision().assignmentOn(dateOfService).map(SupervisionAssignment::supervisor);
    }
}
