package org.peerpath.persistence.collateral;

import org.junit.jupiter.api.Nested;
import org.peerpath.application.collateral.CollateralRepositoryContract;
import org.peerpath.application.collateral.port.out.CollateralRepository;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;

class CollateralPersistenceAdapterIT extends PersistenceIT {

    @Autowired
    CollateralRepository repository;

    @Autowired
    MemberRepository members;

    /** The shared contract, here against the JPA adapter on PostgreSQL. */
    @Nested
    class Contract extends CollateralRepositoryContract {

        @Override
        protected CollateralRepository repository() {
            return repository;
        }

        @Override
        protected MemberId existingMember() {
            Member member = TestMembers.member("Coll", "Ateralmember");
            members.save(member);
            return member.id();
        }
    }
}
