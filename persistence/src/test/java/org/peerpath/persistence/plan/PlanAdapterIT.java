package org.peerpath.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.plan.PlanRepositoryContract;
import org.peerpath.application.plan.port.out.PlanRecords;
import org.peerpath.application.plan.port.out.PlanRepository;
import org.peerpath.application.plan.port.out.ProgressRepository;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;

class PlanAdapterIT extends PersistenceIT {

    @Autowired
    PlanRepository repository;

    @Autowired
    ProgressRepository progress;

    @Autowired
    PlanRecords records;

    @Autowired
    MemberRepository members;

    private MemberId newMember() {
        Member member = TestMembers.member("Plan", "Contractson");
        members.save(member);
        return member.id();
    }

    @Test
    void check1_the_claim_check_reads_the_stored_plans_through_the_same_adapter() {
        assertThat(records).isSameAs(repository);
        assertThat(records.plansOf(newMember())).isEmpty();
    }

    /** The shared contract, here against the JPA adapter on PostgreSQL. */
    @Nested
    class Contract extends PlanRepositoryContract {

        @Override
        protected PlanRepository repository() {
            return repository;
        }

        @Override
        protected ProgressRepository progress() {
            return progress;
        }

        @Override
        protected MemberId existingMember() {
            return newMember();
        }
    }
}
