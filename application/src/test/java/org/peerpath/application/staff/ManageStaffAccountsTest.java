package org.peerpath.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.ChangeOwnPasswordCommand;
import org.peerpath.application.staff.port.in.ChangeStaffAccountCommand;
import org.peerpath.application.staff.port.in.ResetStaffPasswordCommand;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffAccountException;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

class ManageStaffAccountsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStaffDirectory directory = new InMemoryStaffDirectory();
    private final InMemorySignInFailures failures = new InMemorySignInFailures();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final List<StaffId> endedSessions = new ArrayList<>();
    private final ChangeStaffAccountService change =
            new ChangeStaffAccountService(directory, endedSessions::add, audit, clock);
    private final ResetStaffPasswordService reset =
            new ResetStaffPasswordService(directory, raw -> "hash:" + raw, failures, endedSessions::add, audit, clock);
    private final ChangeOwnPasswordService changeOwn = new ChangeOwnPasswordService(
            directory, raw -> "hash:" + raw, (raw, hash) -> ("hash:" + raw).equals(hash), audit, clock);

    private final StaffId adminId = StaffId.newId();
    private final Actor admin = new Actor(adminId, "admin.gale", Set.of(Role.ADMIN));
    private final StaffId ava = StaffId.newId();

    ManageStaffAccountsTest() {
        directory.save(new StaffAccount(adminId, "admin.gale", "Gale", "hash:x", Set.of(Role.ADMIN), true));
        directory.save(new StaffAccount(ava, "peer.ava", "Ava", "hash:old-password-1", Set.of(Role.PEER), true));
    }

    private StaffAccount ava() {
        return directory.findById(ava).orElseThrow();
    }

    @Test
    void conf1_an_admin_renames_and_gives_roles_and_each_change_is_audited() {
        change.change(new ChangeStaffAccountCommand(
                admin, ava, 0, "  Ava Sunbrook ", Set.of(Role.PEER, Role.SUPERVISOR), true));

        assertThat(ava().displayName()).isEqualTo("Ava Sunbrook");
        assertThat(ava().roles()).containsExactlyInAnyOrder(Role.PEER, Role.SUPERVISOR);
        assertThat(ava().version()).isEqualTo(1);
        assertThat(endedSessions).as("no right was taken away").isEmpty();
        assertThat(audit.all()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.STAFF_ACCOUNT_CHANGED);
            assertThat(event.actor()).isEqualTo(adminId);
            assertThat(event.detail()).contains("peer.ava", "name", "[PEER] -> [PEER,SUPERVISOR]");
        });
    }

    @Test
    void conf1_disabling_ends_the_persons_sessions_and_enabling_lets_them_back() {
        change.change(new ChangeStaffAccountCommand(admin, ava, 0, "Ava", Set.of(Role.PEER), false));

        assertThat(ava().enabled()).isFalse();
        assertThat(endedSessions).containsExactly(ava);

        change.change(new ChangeStaffAccountCommand(admin, ava, 1, "Ava", Set.of(Role.PEER), true));
        assertThat(ava().enabled()).isTrue();
        assertThat(audit.all())
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.STAFF_ACCOUNT_DISABLED, AuditAction.STAFF_ACCOUNT_ENABLED);
    }

    @Test
    void conf1_taking_a_role_away_ends_the_sessions_that_still_carry_it() {
        change.change(new ChangeStaffAccountCommand(admin, ava, 0, "Ava", Set.of(Role.STAFF), true));

        assertThat(endedSessions).containsExactly(ava);
    }

    @Test
    void conf1_a_change_made_on_a_stale_copy_is_refused_and_nothing_is_lost() {
        change.change(new ChangeStaffAccountCommand(admin, ava, 0, "Ava One", Set.of(Role.PEER), true));

        assertThatThrownBy(() -> change.change(
                        new ChangeStaffAccountCommand(admin, ava, 0, "Ava Two", Set.of(Role.PEER), false)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> reset.reset(new ResetStaffPasswordCommand(admin, ava, 0, "lantern-orchard-42")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(ava().displayName()).isEqualTo("Ava One");
        assertThat(ava().enabled()).isTrue();
        assertThat(ava().passwordHash()).isEqualTo("hash:old-password-1");
    }

    @Test
    void conf1_an_admin_cannot_disable_themselves_or_drop_their_own_admin_role() {
        assertThatThrownBy(() -> change.change(
                        new ChangeStaffAccountCommand(admin, adminId, 0, "Gale", Set.of(Role.ADMIN), false)))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("enabled");
                    assertThat(e.code()).isEqualTo("staff.error.cannot-disable-self");
                });
        assertThatThrownBy(() -> change.change(
                        new ChangeStaffAccountCommand(admin, adminId, 0, "Gale", Set.of(Role.STAFF), true)))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("roles");
                    assertThat(e.code()).isEqualTo("staff.error.cannot-drop-own-admin");
                });
        assertThat(directory.findById(adminId).orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void conf1_bad_names_and_no_roles_are_refused_at_their_field() {
        assertThatThrownBy(() -> change.change(
                        new ChangeStaffAccountCommand(admin, ava, 0, "\u200B \u2800", Set.of(Role.PEER), true)))
                .isInstanceOfSatisfying(
                        StaffAccountException.class, e -> assertThat(e.field()).isEqualTo("displayName"));
        assertThatThrownBy(() -> change.change(new ChangeStaffAccountCommand(admin, ava, 0, "Ava", Set.of(), true)))
                .isInstanceOfSatisfying(
                        StaffAccountException.class, e -> assertThat(e.field()).isEqualTo("roles"));
    }

    @Test
    void conf1_a_reset_password_must_be_changed_at_next_sign_in_and_ends_sessions_and_lifts_a_lock() {
        failures.recordFailure("peer.ava", clock.instant());
        failures.lockUntil("peer.ava", clock.instant().plusSeconds(900));

        reset.reset(new ResetStaffPasswordCommand(admin, ava, 0, "lantern-orchard-42"));

        assertThat(ava().passwordHash()).isEqualTo("hash:lantern-orchard-42");
        assertThat(ava().mustChangePassword()).isTrue();
        assertThat(endedSessions).containsExactly(ava);
        assertThat(failures.find("peer.ava")).isEmpty();
        assertThat(audit.all()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.STAFF_PASSWORD_RESET);
            assertThat(event.detail()).doesNotContain("lantern");
        });
    }

    @Test
    void conf1_a_reset_to_a_guessable_password_is_refused_at_the_password_field() {
        assertThatThrownBy(() -> reset.reset(new ResetStaffPasswordCommand(admin, ava, 0, "password1234")))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.code()).isEqualTo("staff.error.password-common");
                });
        assertThat(ava().mustChangePassword()).isFalse();
    }

    @Test
    void conf1_a_person_changes_their_own_password_after_a_reset() {
        reset.reset(new ResetStaffPasswordCommand(admin, ava, 0, "lantern-orchard-42"));
        Actor self = new Actor(ava, "peer.ava", Set.of(Role.PEER));

        assertThatThrownBy(() -> changeOwn.change(
                        new ChangeOwnPasswordCommand(self, "not-my-password", "river-stones-and-moss")))
                .isInstanceOfSatisfying(
                        StaffAccountException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> changeOwn.change(
                        new ChangeOwnPasswordCommand(self, "lantern-orchard-42", "lantern-orchard-42")))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> assertThat(e.code())
                        .isEqualTo("staff.error.password-unchanged"));

        changeOwn.change(new ChangeOwnPasswordCommand(self, "lantern-orchard-42", "river-stones-and-moss"));

        assertThat(ava().passwordHash()).isEqualTo("hash:river-stones-and-moss");
        assertThat(ava().mustChangePassword()).isFalse();
        assertThat(audit.all()).extracting(AuditEvent::action).endsWith(AuditAction.STAFF_PASSWORD_CHANGED);
    }
}
