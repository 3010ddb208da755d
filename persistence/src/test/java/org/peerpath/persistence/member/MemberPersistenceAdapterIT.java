package org.peerpath.persistence.member;

import org.junit.jupiter.api.Nested;
import org.peerpath.application.member.MemberRepositoryContract;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;

class MemberPersistenceAdapterIT extends PersistenceIT {

    @Autowired
    MemberRepository repository;

    /** The shared contract, here against the JPA adapter on PostgreSQL. */
    @Nested
    class Contract extends MemberRepositoryContract {

        @Override
        protected MemberRepository repository() {
            return repository;
        }

        @Override
        protected StaffId existingPeer() {
            return newStaff(Role.PEER);
        }
    }
}
