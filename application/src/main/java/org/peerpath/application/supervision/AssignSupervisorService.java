package org.peerpath.application.supervision;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.in.AssignSupervisorCommand;
import org.peerpath.application.supervision.port.in.AssignSupervisorUseCase;
import org.peerpath.application.supervision.port.in.AssignmentRefusedException;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.SupervisionAssignment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AssignSupervisorService implements AssignSupervisorUseCase {

    private final PeerSupervisionRepository supervision;
    private final Eligibility eligibility;
    private final AuditTrail audit;
    private final Clock clock;

    AssignSupervisorService(
            PeerSupervisionRepository supervision, Eligibility eligibility, AuditTrail audit, Clock clock) {
        this.supervision = supervision;
        this.eligibility = eligibility;
        this.audit = audit;
        this.clock = clock;
    }

    /** SUP-1: one current supervisor per peer; the new assignment ends the current one the day before it starts. */
    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void assign(AssignSupervisorCommand command) {
        StaffId supervisor = command.supervisor();
        if (supervisor == null) {
            throw AssignmentRefusedException.personRequired("supervisor");
        }
        LocalDate startsOn = command.startsOn();
        if (startsOn == null) {
            throw AssignmentRefusedException.startRequired();
        }
        eligibility.requireEnabledPeer(command.peer());
        eligibility.require(supervisor, Role.SUPERVISOR, "supervisor");
        Versioned<PeerSupervision> stored = supervision.findByPeer(command.peer());
        if (stored.version() != command.seenVersion()) {
            throw new ConcurrentChangeException("supervision");
        }
        if (!stored.value().assignments().isEmpty()) {
            SupervisionAssignment last = stored.value().assignments().getLast();
            LocalDate lastCovered = last.endsOn() != null ? last.endsOn() : last.startsOn();
            if (!startsOn.isAfter(lastCovered)) {
                throw AssignmentRefusedException.startsTooEarly(lastCovered);
            }
        }
        supervision.save(stored.value().assign(supervisor, startsOn, null, null), stored.version());
        audit.record(new AuditEvent(
                clock.instant(),
                command.actor().id(),
                command.actor().username(),
                AuditAction.SUPERVISOR_ASSIGNED,
                null,
                "peer " + command.peer() + " supervisor " + supervisor + " from " + startsOn));
    }
}
