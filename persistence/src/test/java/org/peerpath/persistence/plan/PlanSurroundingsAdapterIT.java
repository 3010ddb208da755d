package org.peerpath.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.plan.PlanTemplateRepositoryContract;
import org.peerpath.application.plan.port.out.PlanServiceLinks;
import org.peerpath.application.plan.port.out.PlanTemplateRepository;
import org.peerpath.application.plan.port.out.SupervisedMembers;
import org.peerpath.application.plan.port.out.SupervisedMembers.SupervisedMember;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.member.Member;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerSupervision;
import org.springframework.beans.factory.annotation.Autowired;

class PlanSurroundingsAdapterIT extends PersistenceIT {

    @Autowired
    PlanTemplateRepository templates;

    @Autowired
    SupervisedMembers supervised;

    @Autowired
    PlanServiceLinks links;

    @Autowired
    MemberRepository members;

    @Autowired
    PeerSupervisionRepository supervision;

    @Test
    void poc6_each_template_save_is_a_new_version_and_a_stale_one_is_refused() {
        StaffId admin = newStaff(Role.ADMIN);
        long seen = templates
                .find()
                .map(PlanTemplateRepository.StoredTemplate::version)
                .orElse(Versioned.NEVER_STORED);

        templates.save("County words", seen, admin, Instant.parse("2026-11-20T10:00:00Z"));

        assertThat(templates.find()).hasValueSatisfying(t -> {
            assertThat(t.text()).isEqualTo("County words");
            assertThat(t.version()).isEqualTo(seen + 1);
            assertThat(t.by()).isEqualTo(admin);
        });
        assertThatThrownBy(() -> templates.save("Late words", seen, admin, Instant.now()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(templates.find().orElseThrow().text()).isEqualTo("County words");
    }

    @Test
    void g4_members_are_read_by_the_supervisor_of_their_peer_on_the_day() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        StaffId supervisor = newStaff(Role.SUPERVISOR);
        StaffId peer = newStaff(Role.PEER);
        StaffId otherPeer = newStaff(Role.PEER);
        supervision.save(
                PeerSupervision.of(peer).assign(supervisor, today.minusYears(1), null, null), Versioned.NEVER_STORED);
        Member mine = TestMembers.member("Sol", "Supervised").assignPrimaryPeer(peer);
        Member other = TestMembers.member("Oto", "Elsewhere").assignPrimaryPeer(otherPeer);
        members.save(mine);
        members.save(other);

        assertThat(supervised.membersOfPeersSupervisedBy(supervisor, today))
                .extracting(SupervisedMember::id, SupervisedMember::fullName, SupervisedMember::peer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(mine.id(), "Sol Supervised", peer));
        assertThat(supervised.membersOfPeersSupervisedBy(supervisor, today.minusYears(2)))
                .isEmpty();
    }

    @Test
    void goal2_a_service_that_is_not_the_members_is_not_linked() {
        Member member = TestMembers.member("Lin", "Kless");
        members.save(member);

        assertThat(links.isServiceOf(member.id(), ServiceId.newId())).isFalse();
    }

    /** The shared template contract, here against PostgreSQL. */
    @Nested
    class TemplateContract extends PlanTemplateRepositoryContract {

        @Override
        protected PlanTemplateRepository templates() {
            return templates;
        }

        @Override
        protected StaffId admin() {
            return newStaff(Role.ADMIN);
        }
    }
}
