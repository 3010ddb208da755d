package org.peerpath.application.service;

import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;

class InMemoryPeerServicesTest extends PeerServiceRepositoryContract {

    private final InMemoryPeerServices repository = new InMemoryPeerServices();

    @Override
    protected PeerServiceRepository repository() {
        return repository;
    }

    @Override
    protected MemberId existingMember() {
        return MemberId.newId();
    }

    @Override
    protected StaffId existingPeer() {
        return StaffId.newId();
    }
}
