package org.peerpath.persistence.service;

import org.junit.jupiter.api.Nested;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.service.PeerServiceRepositoryContract;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;

class PeerServiceAdapterIT extends PersistenceIT {

    @Autowired
    PeerServiceRepository repository;

    @Autowired
    MemberRepository members;

    /** The shared contract, here against the JPA adapter on PostgreSQL. */
    @Nested
    class Contract extends PeerServiceRepositoryContract {

        @Override
        protected PeerServiceRepository repository() {
            return repository;
        }

        @Override
        protected MemberId existingMember() {
            Member member = TestMembers.member("Serv", "Icemember");
            members.save(member);
            return member.id();
        }

        @Override
        protected StaffId existingPeer() {
            return newStaff(Role.PEER);
        }
    }
}
