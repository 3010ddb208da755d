package org.peerpath.application.member;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Whom a person may make a member's primary peer (MEM-3): enabled peers only; front desk and admins choose among all
 * of them, a supervisor among the peers they supervise today (SUP-1). Offering and assigning both ask here, so a
 * disabled account is neither offered nor accepted.
 */
@Component
class PrimaryPeerChoices {

    private final StaffDirectory staff;
    private final PeerSupervisionRepository supervision;

    PrimaryPeerChoices(StaffDirectory staff, PeerSupervisionRepository supervision) {
        this.staff = staff;
        this.supervision = supervision;
    }

    List<StaffSummary> forActor(Actor actor, LocalDate date) {
        List<StaffSummary> enabledPeers = staff.withRole(Role.PEER);
        if (actor.seesAllMembers()) {
            return enabledPeers;
        }
        if (actor.has(Role.SUPERVISOR)) {
            Set<?> supervised = new HashSet<>(supervision.peersSupervisedOn(actor.id(), date));
            return enabledPeers.stream()
                    .filter(peer -> supervised.contains(peer.id()))
                    .toList();
        }
        return List.of();
    }

    boolean isEnabledPeer(org.peerpath.shared.StaffId peer) {
        return staff.withRole(Role.PEER).stream()
                .anyMatch(candidate -> candidate.id().equals(peer));
    }
}
