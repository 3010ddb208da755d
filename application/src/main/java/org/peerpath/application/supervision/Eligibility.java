package org.peerpath.application.supervision;

import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.application.supervision.port.in.AssignmentRefusedException;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;

/** Only enabled accounts holding the position's role are assigned: a disabled account never is (SUP-1, DIR-2). */
@Component
class Eligibility {

    private final StaffDirectory staff;

    Eligibility(StaffDirectory staff) {
        this.staff = staff;
    }

    boolean isEnabledWithRole(StaffId person, Role role) {
        return staff.withRole(role).stream().anyMatch(account -> account.id().equals(person));
    }

    void requireEnabledPeer(StaffId peer) {
        if (!isEnabledWithRole(peer, Role.PEER)) {
            throw AssignmentRefusedException.peerNotEligible();
        }
    }

    void require(StaffId person, Role role, String field) {
        if (!isEnabledWithRole(person, role)) {
            throw AssignmentRefusedException.notEligible(field);
        }
    }
}
