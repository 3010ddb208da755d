package org.peerpath.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.CreateStaffAccountCommand;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffAccountException;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

class CreateStaffAccountServiceTest {

    private final InMemoryStaffDirectory directory = new InMemoryStaffDirectory();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final CreateStaffAccountService service = new CreateStaffAccountService(
            directory,
            raw -> "hashed:" + raw.length(),
            audit,
            Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC));
    private final Actor admin = new Actor(StaffId.newId(), "admin", Set.of(Role.ADMIN));

    @Test
    void conf1_an_admin_creates_an_account_whose_password_is_stored_only_hashed() {
        StaffId id = service.create(new CreateStaffAccountCommand(
                admin, " Peer.New ", "New Peer", "lantern-orchard-42", Set.of(Role.PEER)));

        StaffAccount account = directory.findByUsername("peer.new").orElseThrow();
        assertThat(account.id()).isEqualTo(id);
        assertThat(account.passwordHash()).isEqualTo("hashed:18").doesNotContain("lantern-orchard-42");
        assertThat(account.roles()).containsExactly(Role.PEER);
        assertThat(account.mustChangePassword())
                .as("the admin knows the first password")
                .isTrue();
        assertThat(audit.all()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.STAFF_ACCOUNT_CREATED);
            assertThat(event.actor()).isEqualTo(admin.id());
            assertThat(event.detail()).contains("peer.new").doesNotContain("lantern-orchard-42");
        });
    }

    @Test
    void conf1_short_passwords_taken_usernames_and_no_role_are_refused_at_their_field() {
        service.create(new CreateStaffAccountCommand(admin, "taken", "T", "lantern-orchard-42", Set.of(Role.PEER)));

        assertThatThrownBy(() ->
                        service.create(new CreateStaffAccountCommand(admin, "x.y", "X", "short", Set.of(Role.PEER))))
                .isInstanceOfSatisfying(
                        StaffAccountException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> service.create(
                        new CreateStaffAccountCommand(admin, "taken", "T", "lantern-orchard-42", Set.of(Role.PEER))))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.code()).isEqualTo("staff.error.username-taken");
                });
        assertThatThrownBy(() -> service.create(
                        new CreateStaffAccountCommand(admin, "no.role", "N", "lantern-orchard-42", Set.of())))
                .isInstanceOfSatisfying(
                        StaffAccountException.class, e -> assertThat(e.field()).isEqualTo("roles"));
        assertThatThrownBy(() -> service.create(new CreateStaffAccountCommand(
                        admin, "bad name!", "N", "lantern-orchard-42", Set.of(Role.PEER))))
                .isInstanceOfSatisfying(
                        StaffAccountException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void conf1_usernames_are_stored_trimmed_and_lower_case_and_names_without_controls() {
        service.create(new CreateStaffAccountCommand(
                admin, "  Mixed.Case  ", "  Rowan Tiller ", "lantern-orchard-42", Set.of(Role.STAFF)));

        StaffAccount stored = directory.findByUsername("mixed.case").orElseThrow();
        assertThat(stored.displayName()).isEqualTo("Rowan Tiller");
        assertThatThrownBy(() -> service.create(new CreateStaffAccountCommand(
                        admin, "nul.name", "Bad\u0000Name", "lantern-orchard-42", Set.of(Role.STAFF))))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("displayName");
                    assertThat(e.code()).isEqualTo("staff.error.control-character");
                });
        assertThatThrownBy(() -> service.create(new CreateStaffAccountCommand(
                        admin, "blank.name", "\u200B\u3164 \u00A0", "lantern-orchard-42", Set.of(Role.STAFF))))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("displayName");
                    assertThat(e.code()).isEqualTo("staff.error.display-name-required");
                });
        assertThatThrownBy(() -> service.create(new CreateStaffAccountCommand(
                        admin, "tab\tname", "Tab Name", "lantern-orchard-42", Set.of(Role.STAFF))))
                .isInstanceOfSatisfying(
                        StaffAccountException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(directory.count()).isEqualTo(1);
    }

    @Test
    void conf1_a_common_password_is_refused_at_its_field() {
        assertThatThrownBy(() -> service.create(
                        new CreateStaffAccountCommand(admin, "peer.x", "X", "aaaaaaaaaaaa", Set.of(Role.PEER))))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.code()).isEqualTo("staff.error.password-common");
                });
        assertThat(directory.count()).isZero();
    }

    @Test
    void the_command_never_prints_the_password() {
        assertThat(new CreateStaffAccountCommand(admin, "u", "U", "secret-password", Set.of(Role.PEER)).toString())
                .doesNotContain("secret-password");
    }
}
