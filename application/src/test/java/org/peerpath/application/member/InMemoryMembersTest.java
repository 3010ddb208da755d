package org.peerpath.application.member;

import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.shared.StaffId;

class InMemoryMembersTest extends MemberRepositoryContract {

    private final InMemoryMembers members = new InMemoryMembers(id -> "Peer " + id);

    @Override
    protected MemberRepository repository() {
        return members;
    }

    @Override
    protected StaffId existingPeer() {
        return StaffId.newId();
    }
}
