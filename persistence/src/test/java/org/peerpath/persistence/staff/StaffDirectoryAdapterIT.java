package org.peerpath.persistence.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.StaffDirectoryContract;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.staff.port.out.SignInFailures;
import org.peerpath.application.staff.port.out.StaffDirectory;
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
    void the_database_refuses_control_characters_in_names_as_a_second_line() {
        StaffId id = StaffId.newId();
        assertThatThrownBy(() -> staffDirectory.save(new StaffAccount(
                        id, "ctl." + id.value().toString().substring(0, 6), "Bad\tName", "h", Set.of(Role.PEER), true)))
                .hasMessageContaining("staff_account_display_name_printable");
    }

    @Test
    void a_typed_username_longer_than_the_column_is_counted_under_its_first_100_characters() {
        Instant at = Instant.parse("2026-11-25T18:00:00Z");
        String typed = "x" + UUID.randomUUID() + "y".repeat(300);

        assertThat(signInFailures.recordFailure(typed, at)).isEqualTo(1);
        assertThat(signInFailures.recordFailure(typed, at)).isEqualTo(2);
    }

    /** The shared contract, here against the adapters on PostgreSQL. */
    @Nested
    class Contract extends StaffDirectoryContract {

        @Override
        protected StaffDirectory directory() {
            return staffDirectory;
        }

        @Override
        protected SignInFailures failures() {
            return signInFailures;
        }
    }
}
