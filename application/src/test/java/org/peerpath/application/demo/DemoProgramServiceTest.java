package org.peerpath.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.demo.port.in.DemoSignIn;
import org.peerpath.application.member.InMemoryMembers;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.out.MemberRecord;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.member.Member;
import org.peerpath.shared.Role;

class DemoProgramServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    private final InMemoryMembers members = new InMemoryMembers(staff::displayName);
    private final DemoProgramService demo = new DemoProgramService(staff, members, raw -> "hash", clock);

    @Test
    void loads_a_county_program_with_every_role_and_40_members_of_varied_ages() {
        assertThat(demo.loadIntoEmptyDatabase()).isTrue();

        for (Role role : Role.values()) {
            assertThat(staff.withRole(role)).as("accounts with role %s", role).isNotEmpty();
        }
        assertThat(staff.withRole(Role.PEER)).hasSizeGreaterThanOrEqualTo(3);
        var all = members.page(new MemberFilter(null, ""), PageSpec.first(100)).items();
        assertThat(all).hasSize(40);
        assertThat(all).extracting(MemberRecord::cin).doesNotHaveDuplicates();
        assertThat(all).extracting(m -> m.name().fullName()).doesNotHaveDuplicates();
        assertThat(all)
                .anyMatch(m -> Member.isEpsdt(Member.ageOn(
                        m.dateOfBirth(), clock.instant().atZone(ZoneOffset.UTC).toLocalDate())));
        assertThat(all).anyMatch(m -> m.deliverySystems().size() > 1);
        assertThat(all).anyMatch(m -> m.primaryPeer() == null);
    }

    @Test
    void leaves_a_database_that_already_has_accounts_alone() {
        staff.add("someone", Role.ADMIN);

        assertThat(demo.loadIntoEmptyDatabase()).isFalse();
        assertThat(members.page(new MemberFilter(null, ""), PageSpec.first(10)).items())
                .isEmpty();
        assertThat(staff.withRole(Role.PEER)).isEmpty();
    }

    @Test
    void every_demo_sign_in_has_one_role_and_the_shared_password() {
        assertThat(demo.signIns()).allSatisfy(signIn -> {
            assertThat(signIn.roles()).hasSize(1);
            assertThat(signIn.password()).isEqualTo(DemoProgramService.PASSWORD);
        });
        assertThat(demo.signIns()).flatExtracting(DemoSignIn::roles).containsAll(Set.of(Role.values()));
    }
}
