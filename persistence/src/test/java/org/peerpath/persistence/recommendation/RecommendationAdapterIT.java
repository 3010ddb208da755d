package org.peerpath.persistence.recommendation;

import org.junit.jupiter.api.Nested;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.recommendation.RecommendationRepositoryContract;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.supervision.port.out.RecommendationRepository;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;

class RecommendationAdapterIT extends PersistenceIT {

    @Autowired
    RecommendationRepository repository;

    @Autowired
    MemberRepository members;

    /** The shared contract, here against the JPA adapter on PostgreSQL. */
    @Nested
    class Contract extends RecommendationRepositoryContract {

        @Override
        protected RecommendationRepository repository() {
            return repository;
        }

        @Override
        protected MemberId existingMember() {
            Member member = TestMembers.member("Rec", "Contractson");
            members.save(member);
            return member.id();
        }

        @Override
        protected StaffId existingProfessional() {
            return newStaff(Role.BHP);
        }
    }
}
