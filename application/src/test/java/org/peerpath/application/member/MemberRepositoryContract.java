package org.peerpath.application.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.DuplicateCinException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/**
 * What every {@link MemberRepository} must do, run against the in-memory fake and against the JPA adapter on real
 * PostgreSQL, so that the fake used by fast tests cannot drift from the real thing.
 */
public abstract class MemberRepositoryContract {

    protected abstract MemberRepository repository();

    /** A peer account that may be stored as a primary peer. */
    protected abstract StaffId existingPeer();

    @Test
    void a_saved_member_is_found_by_id_with_everything_that_was_entered() {
        Member member = TestMembers.member("Harlow", "Contractson");

        repository().save(member);

        Member found = repository().findById(member.id()).orElseThrow();
        assertThat(found.name()).isEqualTo(member.name());
        assertThat(found.dateOfBirth()).isEqualTo(member.dateOfBirth());
        assertThat(found.cin()).isEqualTo(member.cin());
        assertThat(found.county()).isEqualTo(member.county());
        assertThat(found.deliverySystems()).isEqualTo(member.deliverySystems());
        assertThat(found.preferredLanguage()).isEqualTo(member.preferredLanguage());
        assertThat(found.primaryPeer()).isEmpty();
    }

    @Test
    void mem1_mem3_contact_details_a_corrected_cin_and_a_discharge_are_kept() {
        Member member = TestMembers.member("Lark", "Contractson");
        repository().save(member);
        Member stored = repository().findById(member.id()).orElseThrow();
        org.peerpath.member.Cin newCin = TestMembers.freshCin();

        repository()
                .save(stored.correct(
                                stored.name(),
                                stored.dateOfBirth(),
                                newCin,
                                stored.county(),
                                stored.preferredLanguage(),
                                new org.peerpath.member.MemberContact("(530) 555-0101", "2 Oak Ave, Woodland"),
                                TestMembers.TODAY)
                        .discharge(TestMembers.TODAY, "Moved away", TestMembers.TODAY));

        Member found = repository().findById(member.id()).orElseThrow();
        assertThat(found.cin()).isEqualTo(newCin);
        assertThat(found.contact())
                .isEqualTo(new org.peerpath.member.MemberContact("(530) 555-0101", "2 Oak Ave, Woodland"));
        assertThat(found.discharge()).contains(new org.peerpath.member.Discharge(TestMembers.TODAY, "Moved away"));
        assertThat(found.version()).isGreaterThan(stored.version());
    }

    @Test
    void mem1_a_cin_corrected_to_another_members_is_refused() {
        Member first = TestMembers.member("Moss", "Contractson");
        Member second = TestMembers.member("Nell", "Contractson");
        repository().save(first);
        repository().save(second);
        Member stored = repository().findById(second.id()).orElseThrow();

        assertThatThrownBy(() -> repository()
                        .save(stored.correct(
                                stored.name(),
                                stored.dateOfBirth(),
                                first.cin(),
                                stored.county(),
                                stored.preferredLanguage(),
                                stored.contact(),
                                TestMembers.TODAY)))
                .isInstanceOf(DuplicateCinException.class);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(repository().findById(MemberId.newId())).isEmpty();
    }

    @Test
    void mem1_a_stored_cin_is_known_and_another_is_not() {
        Member member = TestMembers.member("Indra", "Contractson");
        repository().save(member);

        assertThat(repository().existsByCin(member.cin())).isTrue();
        assertThat(repository().existsByCin(TestMembers.freshCin())).isFalse();
    }

    @Test
    void mem1_a_second_member_with_the_same_cin_is_refused() {
        Member first = TestMembers.member("Jules", "Contractson");
        repository().save(first);
        Member second = Member.enroll(
                first.name(),
                first.dateOfBirth(),
                first.cin(),
                first.county(),
                first.deliverySystems(),
                first.preferredLanguage(),
                TestMembers.TODAY);

        assertThatThrownBy(() -> repository().save(second)).isInstanceOf(DuplicateCinException.class);
    }

    @Test
    void mem3_an_assigned_primary_peer_is_kept() {
        Member member = TestMembers.member("Kit", "Contractson");
        repository().save(member);
        StaffId peer = existingPeer();

        repository().save(repository().findById(member.id()).orElseThrow().assignPrimaryPeer(peer));

        assertThat(repository().findById(member.id()).orElseThrow().primaryPeer())
                .contains(peer);
    }

    @Test
    void saving_a_stale_copy_is_refused_so_no_change_is_silently_lost() {
        Member member = TestMembers.member("Lane", "Contractson");
        repository().save(member);
        Member copyA = repository().findById(member.id()).orElseThrow();
        Member copyB = repository().findById(member.id()).orElseThrow();
        repository().save(copyA.assignPrimaryPeer(existingPeer()));

        assertThatThrownBy(() -> repository().save(copyB.assignPrimaryPeer(existingPeer())))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.code()).isEqualTo("error.concurrent-change");
                    assertThat(e.args()).containsEntry("record", "member");
                });
    }

    @Test
    void a_save_from_a_fresh_copy_after_a_stale_refusal_goes_through() {
        Member member = TestMembers.member("Mika", "Contractson");
        repository().save(member);
        Member stale = repository().findById(member.id()).orElseThrow();
        repository().save(repository().findById(member.id()).orElseThrow().assignPrimaryPeer(existingPeer()));
        assertThatThrownBy(() -> repository().save(stale.assignPrimaryPeer(existingPeer())))
                .isInstanceOf(ConcurrentChangeException.class);

        Member reloaded = repository().findById(member.id()).orElseThrow();
        repository().save(reloaded.assignPrimaryPeer(existingPeer()));

        assertThat(repository().findById(member.id()).orElseThrow().version()).isGreaterThan(reloaded.version());
    }

    @Test
    void svc7_enrollments_keep_their_dates_and_an_ended_one_stays_beside_the_next() {
        Member member = TestMembers.member("Noor", "Contractson");
        repository().save(member);
        LocalDate today = TestMembers.TODAY;
        Member changed = repository()
                .findById(member.id())
                .orElseThrow()
                .endEnrollment(DeliverySystem.DMC_ODS, today.plusDays(10))
                .enrollIn(DeliverySystem.DMC_ODS, today.plusDays(20));

        repository().save(changed);

        Member found = repository().findById(member.id()).orElseThrow();
        assertThat(found.enrollments()).containsExactlyInAnyOrderElementsOf(changed.enrollments());
        assertThat(found.isEnrolledInOn(DeliverySystem.DMC_ODS, today.plusDays(10)))
                .isTrue();
        assertThat(found.isEnrolledInOn(DeliverySystem.DMC_ODS, today.plusDays(15)))
                .isFalse();
        assertThat(found.isEnrolledInOn(DeliverySystem.DMC_ODS, today.plusDays(20)))
                .isTrue();
    }

    @Test
    void svc7_an_enrollment_change_over_a_stale_copy_is_refused() {
        Member member = TestMembers.member("Oren", "Contractson");
        repository().save(member);
        Member copyA = repository().findById(member.id()).orElseThrow();
        Member copyB = repository().findById(member.id()).orElseThrow();
        repository().save(copyA.endEnrollment(DeliverySystem.SMHS, TestMembers.TODAY.plusDays(1)));

        assertThatThrownBy(() -> repository().save(copyB.enrollIn(DeliverySystem.DMC, TestMembers.TODAY)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(repository().findById(member.id()).orElseThrow().enrollments())
                .noneMatch(e -> e.deliverySystem() == DeliverySystem.DMC);
    }
}
