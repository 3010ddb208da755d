package org.peerpath.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.plan.PlanRepositoryContract;
import org.peerpath.application.plan.port.out.PlanRecords;
import org.peerpath.application.plan.port.out.PlanRepository;
import org.peerpath.application.plan.port.out.PlanStep;
import org.peerpath.application.plan.port.out.ProgressRepository;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.goal.Goal;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.plan.Authorship;
import org.peerpath.plan.EditablePlan;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

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

    @Autowired
    TransactionTemplate transaction;

    @Test
    void poc4_a_version_read_and_changed_in_one_transaction_is_saved_as_a_use_case_does() {
        MemberId member = newMember();
        EditablePlan draft = PlanOfCare.draft(member, StaffId.newId(), new Authorship.ByPeer(), "Template");
        repository.insert(draft, new PlanStep(draft.id(), PlanStep.Kind.STARTED, draft.peer(), Instant.now(), null));

        transaction.executeWithoutResult(status -> {
            PlanOfCare read = repository.findById(draft.id()).orElseThrow();
            EditablePlan edited = read.editable()
                    .reviseNarrative("Edited")
                    .withGoals(List.of(Goal.define(
                            "Own place", "Applications", "3", LocalDate.now().plusDays(30))));
            repository.update(edited, new PlanStep(draft.id(), PlanStep.Kind.SAVED, draft.peer(), Instant.now(), null));
        });
        PlanOfCare saved = repository.findById(draft.id()).orElseThrow();
        transaction.executeWithoutResult(status -> {
            PlanOfCare read = repository.findById(draft.id()).orElseThrow();
            repository.update(
                    read.editable().reviseNarrative("Again"),
                    new PlanStep(draft.id(), PlanStep.Kind.SAVED, draft.peer(), Instant.now(), null));
        });

        assertThat(saved.narrative()).isEqualTo("Edited");
        assertThat(saved.goals()).hasSize(1);
        assertThat(repository.findById(draft.id()).orElseThrow().narrative()).isEqualTo("Again");
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
