package org.peerpath.persistence.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.staff.port.out.SignInFailures;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;

class StaffDirectoryAdapterIT extends PersistenceIT {

    @Autowired
    SignInFailures signInFailures;

    @Test
    void conf1_accounts_keep_their_roles_and_are_found_by_username() {
        StaffId id = StaffId.newId();
        staffDirectory.save(new StaffAccount(
                id,
                "dual." + id.value().toString().substring(0, 6),
                "Dual Role",
                "$2a$hash",
                Set.of(Role.SUPERVISOR, Role.BHP),
                true));

        StaffAccount found = staffDirectory
                .findByUsername("dual." + id.value().toString().substring(0, 6))
                .orElseThrow();
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.BHP);
        assertThat(staffDirectory.hasRole(id, Role.BHP)).isTrue();
        assertThat(staffDirectory.hasRole(id, Role.PEER)).isFalse();
        assertThat(staffDirectory.withRole(Role.SUPERVISOR))
                .extracting(StaffSummary::id)
                .contains(id);
        assertThat(staffDirectory.withRole(Role.PEER))
                .extracting(StaffSummary::id)
                .doesNotContain(id);
    }

    @Test
    void disabled_accounts_are_not_offered_in_pickers() {
        StaffId id = StaffId.newId();
        staffDirectory.save(new StaffAccount(
                id, "gone." + id.value().toString().substring(0, 6), "Gone", "h", Set.of(Role.PEER), false));

        assertThat(staffDirectory.withRole(Role.PEER))
                .extracting(StaffSummary::id)
                .doesNotContain(id);
    }

    @Test
    void conf1_an_update_from_a_stale_copy_is_refused_and_a_sign_in_leaves_the_version_alone() {
        StaffId id = StaffId.newId();
        String username = "edit." + id.value().toString().substring(0, 6);
        staffDirectory.save(new StaffAccount(id, username, "Before", "h", Set.of(Role.PEER), true));
        StaffAccount seen = staffDirectory.findById(id).orElseThrow();
        assertThat(seen.version()).isZero();

        staffDirectory.recordSignIn(id, Instant.parse("2026-11-25T18:00:00Z"));
        staffDirectory.update(
                seen.withDetails("After", Set.of(Role.PEER, Role.STAFF), false).withPassword("h2", true));

        StaffAccount after = staffDirectory.findById(id).orElseThrow();
        assertThat(after.displayName()).isEqualTo("After");
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.PEER, Role.STAFF);
        assertThat(after.enabled()).isFalse();
        assertThat(after.passwordHash()).isEqualTo("h2");
        assertThat(after.mustChangePassword()).isTrue();
        assertThat(after.lastSignInAt()).isEqualTo(Instant.parse("2026-11-25T18:00:00Z"));
        assertThat(after.version()).isEqualTo(1);
        assertThatThrownBy(() -> staffDirectory.update(seen.withDetails("Stale", Set.of(Role.PEER), true)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(staffDirectory.findById(id).orElseThrow().displayName()).isEqualTo("After");
    }

    @Test
    void the_database_refuses_control_characters_in_names_as_a_second_line() {
        StaffId id = StaffId.newId();
        assertThatThrownBy(() -> staffDirectory.save(new StaffAccount(
                        id, "ctl." + id.value().toString().substring(0, 6), "Bad\tName", "h", Set.of(Role.PEER), true)))
                .hasMessageContaining("staff_account_display_name_printable");
    }

    @Test
    void conf1_failures_are_counted_in_a_row_per_typed_username_locked_and_cleared() {
        String username = "nobody." + StaffId.newId().value().toString().substring(0, 6);
        Instant at = Instant.parse("2026-11-25T18:00:00Z");

        assertThat(signInFailures.recordFailure(username, at)).isEqualTo(1);
        assertThat(signInFailures.recordFailure(username, at.plusSeconds(1))).isEqualTo(2);
        signInFailures.lockUntil(username, at.plusSeconds(900));

        assertThat(signInFailures.find(username)).hasValueSatisfying(f -> {
            assertThat(f.inARow()).isEqualTo(2);
            assertThat(f.lastAt()).isEqualTo(at.plusSeconds(1));
            assertThat(f.lockedUntil()).isEqualTo(at.plusSeconds(900));
        });
        signInFailures.clear(username);
        assertThat(signInFailures.find(username)).isEmpty();
        assertThat(signInFailures.recordFailure("x".repeat(300), at)).isEqualTo(1);
    }
}
