package org.peerpath.application.supervision;

import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

class InMemoryOversightTest extends OversightRepositoryContract {

    private final InMemoryOversight oversight = new InMemoryOversight();

    @Override
    protected PeerSupervisionRepository supervisions() {
        return oversight.supervisions();
    }

    @Override
    protected PeerDirectionRepository directions() {
        return oversight.directions();
    }

    @Override
    protected StaffId newStaff(Role role) {
        return StaffId.newId();
    }
}
