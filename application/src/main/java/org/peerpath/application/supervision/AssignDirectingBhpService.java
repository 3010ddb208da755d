package org.peerpath.application.supervision;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.in.AssignDirectingBhpCommand;
import org.peerpath.application.supervision.port.in.AssignDirectingBhpUseCase;
import org.peerpath.application.supervision.port.in.AssignmentRefusedException;
import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.DirectingBhpAssignment;
import org.peerpath.supervision.PeerDirection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AssignDirectingBhpService implements AssignDirectingBhpUseCase {

    private final PeerDirectionRepository direction;
    private final Eligibility eligibility;
    private final AuditTrail audit;
    private final Clock clock;

    AssignDirectingBhpService(
            PeerDirectionRepository direction, Eligibility eligibility, AuditTrail audit, Clock clock) {
        this.direction = direction;
        this.eligibility = eligibility;
        this.audit = audit;
        this.clock = clock;
    }

    /** SUP-4, DIR-2: one directing BHP per peer at a time; the new one ends the current one the day before. */
    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void assign(AssignDirectingBhpCommand command) {
        StaffId bhp = command.bhp();
        if (bhp == null) {
            throw AssignmentRefusedException.personRequired("bhp");
        }
        LocalDate startsOn = command.startsOn();
        if (startsOn == null) {
            throw AssignmentRefusedException.startRequired();
        }
        eligibility.requireEnabledPeer(command.peer());
        eligibility.require(bhp, Role.BHP, "bhp");
        Versioned<PeerDirection> stored = direction.findByPeer(command.peer());
        if (stored.version() != command.seenVersion()) {
            throw new ConcurrentChangeException("direction");
        }
        if (!stored.value().assignments().isEmpty()) {
            DirectingBhpAssignment last = stored.value().assignments().getLast();
            LocalDate lastCovered = last.endsOn() != null ? last.endsOn() : last.startsOn();
            if (!startsOn.isAfter(lastCovered)) {
                throw AssignmentRefusedException.startsTooEarly(lastCovered);
            }
        }
        direction.save(stored.value().assign(bhp, startsOn), stored.version());
        audit.record(new AuditEvent(
                clock.instant(),
                command.actor().id(),
                command.actor().username(),
                AuditAction.DIRECTING_BHP_ASSIGNED,
                null,
                "peer " + command.peer() + " directing BHP " + bhp + " from " + startsOn));
    }
}
