package org.peerpath.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.SignInFailures;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/**
 * What every {@link StaffDirectory} and {@link SignInFailures} must do, run against the in-memory fakes and against
 * the adapters on real PostgreSQL: a stale update is refused the same way by both, and a sign-in leaves the version.
 */
public abstract class StaffDirectoryContract {

    protected abstract StaffDirectory directory();

    protected abstract SignInFailures failures();

    private StaffAccount stored(String prefix) {
        StaffId id = StaffId.newId();
        StaffAccount account = new StaffAccount(
                id, prefix + "." + id.value().toString().substring(0, 6), "Before", "h", Set.of(Role.PEER), true);
        directory().save(account);
        return directory().findById(id).orElseThrow();
    }

    @Test
    void conf1_a_new_account_starts_at_version_zero_and_is_found_by_id_and_username() {
        StaffAccount account = stored("found");

        assertThat(account.version()).isZero();
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.lastSignInAt()).isNull();
        assertThat(directory().findByUsername(account.username())).contains(account);
        assertThat(directory().findById(StaffId.newId())).isEmpty();
    }

    @Test
    void conf1_an_update_stores_every_changed_field_and_moves_the_version_on() {
        StaffAccount seen = stored("edit");

        directory()
                .update(seen.withDetails("After", Set.of(Role.PEER, Role.STAFF), false)
                        .withPassword("h2", true));

        StaffAccount after = directory().findById(seen.id()).orElseThrow();
        assertThat(after.displayName()).isEqualTo("After");
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.PEER, Role.STAFF);
        assertThat(after.enabled()).isFalse();
        assertThat(after.passwordHash()).isEqualTo("h2");
        assertThat(after.mustChangePassword()).isTrue();
        assertThat(after.username()).isEqualTo(seen.username());
        assertThat(after.version()).isEqualTo(1);
    }

    @Test
    void conf1_an_update_from_a_stale_copy_is_refused_and_changes_nothing() {
        StaffAccount seen = stored("stale");
        directory().update(seen.withDetails("First", seen.roles(), true));

        assertThatThrownBy(() -> directory().update(seen.withDetails("Second", seen.roles(), false)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(directory().findById(seen.id()).orElseThrow().displayName()).isEqualTo("First");
    }

    @Test
    void conf1_a_sign_in_is_recorded_without_making_an_admins_copy_stale() {
        StaffAccount seen = stored("signin");
        Instant at = Instant.parse("2026-11-25T18:00:00Z");

        directory().recordSignIn(seen.id(), at);
        directory().update(seen.withDetails("Still Fine", seen.roles(), true));

        StaffAccount after = directory().findById(seen.id()).orElseThrow();
        assertThat(after.lastSignInAt()).isEqualTo(at);
        assertThat(after.displayName()).isEqualTo("Still Fine");
    }

    @Test
    void conf1_failures_are_counted_in_a_row_per_typed_username_locked_and_cleared() {
        String username = "nobody." + StaffId.newId().value().toString().substring(0, 6);
        Instant at = Instant.parse("2026-11-25T18:00:00Z");

        assertThat(failures().recordFailure(username, at)).isEqualTo(1);
        assertThat(failures().recordFailure(username, at.plusSeconds(1))).isEqualTo(2);
        failures().lockUntil(username, at.plusSeconds(900));

        assertThat(failures().find(username)).hasValueSatisfying(f -> {
            assertThat(f.inARow()).isEqualTo(2);
            assertThat(f.lastAt()).isEqualTo(at.plusSeconds(1));
            assertThat(f.lockedUntil()).isEqualTo(at.plusSeconds(900));
        });
        failures().clear(username);
        assertThat(failures().find(username)).isEmpty();
    }
}
