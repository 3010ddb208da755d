package org.peerpath.persistence.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

class StaffDirectoryAdapterIT extends PersistenceIT {

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
}
