package org.peerpath.persistence.levelofcare;

import org.junit.jupiter.api.Nested;
import org.peerpath.application.levelofcare.EpisodeRepositoryContract;
import org.peerpath.application.levelofcare.port.out.EpisodeRepository;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;

class EpisodeAdapterIT extends PersistenceIT {

    @Autowired
    EpisodeRepository repository;

    @Autowired
    MemberRepository members;

    /** The shared contract, here against the JPA adapter on PostgreSQL. */
    @Nested
    class Contract extends EpisodeRepositoryContract {

        @Override
        protected EpisodeRepository repository() {
            return repository;
        }

        @Override
        protected MemberId existingMember() {
            Member member = TestMembers.member("Ep", "Contractson");
            members.save(member);
            return member.id();
        }
    }
}
