package org.peerpath.application.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.SignInAttempt;
import org.peerpath.application.staff.port.in.SignInOutcome;
import org.peerpath.application.staff.port.in.SignInOutcome.Reason;
import org.peerpath.application.staff.port.in.SignOutReason;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

class SignInServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T18:00:00Z"));
    private final InMemoryStaffDirectory directory = new InMemoryStaffDirectory();
    private final InMemorySignInFailures failures = new InMemorySignInFailures();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final SignInService service = new SignInService(
            directory,
            (raw, hash) -> hash != null && hash.equals("hash:" + raw),
            failures,
            audit,
            clock,
            5,
            Duration.ofMinutes(15),
            Duration.ofMillis(250));
    private final StaffId ava = StaffId.newId();

    SignInServiceTest() {
        directory.save(new StaffAccount(ava, "peer.ava", "Ava", "hash:right-password", Set.of(Role.PEER), true));
    }

    private SignInOutcome signIn(String username, String password) {
        return service.signIn(new SignInAttempt(username, password));
    }

    @Test
    void conf1_the_right_password_signs_in_records_the_time_and_is_audited() {
        assertThat(signIn(" Peer.Ava ", "right-password")).isInstanceOf(SignInOutcome.SignedIn.class);

        assertThat(directory.findById(ava).orElseThrow().lastSignInAt()).isEqualTo(clock.instant());
        assertThat(audit.all()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.SIGNED_IN);
            assertThat(event.actor()).isEqualTo(ava);
            assertThat(event.actorName()).isEqualTo("peer.ava");
        });
    }

    @Test
    void conf1_failures_in_a_row_slow_down_and_the_sixth_attempt_is_refused_even_with_the_right_password() {
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn("peer.ava", "wrong-" + i))
                    .isEqualTo(new SignInOutcome.Refused(Reason.WRONG_CREDENTIALS, Duration.ofMillis(250L << (i - 1))));
        }
        assertThat(signIn("peer.ava", "wrong-5"))
                .isEqualTo(new SignInOutcome.Refused(Reason.LOCKED, Duration.ofSeconds(4)));

        assertThat(signIn("peer.ava", "right-password"))
                .isEqualTo(new SignInOutcome.Refused(Reason.LOCKED, Duration.ZERO));
        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn("peer.ava", "right-password")).isInstanceOf(SignInOutcome.Refused.class);

        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn("peer.ava", "right-password")).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(audit.all())
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.SIGN_IN_FAILED,
                        AuditAction.SIGN_IN_FAILED,
                        AuditAction.SIGN_IN_FAILED,
                        AuditAction.SIGN_IN_FAILED,
                        AuditAction.SIGN_IN_FAILED,
                        AuditAction.SIGN_IN_LOCKED_OUT,
                        AuditAction.SIGN_IN_REFUSED_LOCKED,
                        AuditAction.SIGN_IN_REFUSED_LOCKED,
                        AuditAction.SIGNED_IN);
        assertThat(audit.all()).allSatisfy(event -> assertThat(event.actor()).isEqualTo(ava));
    }

    @Test
    void conf1_a_success_resets_the_count_of_failures() {
        for (int i = 0; i < 4; i++) {
            signIn("peer.ava", "wrong");
        }
        assertThat(signIn("peer.ava", "right-password")).isInstanceOf(SignInOutcome.SignedIn.class);

        assertThat(signIn("peer.ava", "wrong"))
                .isEqualTo(new SignInOutcome.Refused(Reason.WRONG_CREDENTIALS, Duration.ofMillis(250)));
    }

    @Test
    void conf1_an_unknown_username_locks_the_same_way_so_a_lock_does_not_reveal_which_usernames_exist() {
        for (int i = 0; i < 4; i++) {
            assertThat(signIn("nobody.here", "anything"))
                    .isInstanceOfSatisfying(SignInOutcome.Refused.class, r -> assertThat(r.reason())
                            .isEqualTo(Reason.WRONG_CREDENTIALS));
        }
        assertThat(signIn("nobody.here", "anything"))
                .isInstanceOfSatisfying(
                        SignInOutcome.Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.LOCKED));
        assertThat(signIn("nobody.here", "anything"))
                .isInstanceOfSatisfying(
                        SignInOutcome.Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.LOCKED));
        assertThat(audit.all()).allSatisfy(event -> {
            assertThat(event.actor()).isEqualTo(StaffAudit.NO_ACCOUNT);
            assertThat(event.actorName()).isEqualTo("nobody.here");
        });
    }

    @Test
    void conf1_a_disabled_account_is_refused_with_the_right_password() {
        StaffId gone = StaffId.newId();
        directory.save(new StaffAccount(gone, "peer.gone", "Gone", "hash:right-password", Set.of(Role.PEER), false));

        assertThat(signIn("peer.gone", "right-password"))
                .isEqualTo(new SignInOutcome.Refused(Reason.DISABLED, Duration.ZERO));
        assertThat(audit.all()).extracting(AuditEvent::action).containsExactly(AuditAction.SIGN_IN_REFUSED_DISABLED);
    }

    @Test
    void conf1_a_password_longer_than_bcrypt_reads_never_matches() {
        directory.save(new StaffAccount(
                StaffId.newId(), "peer.long", "Long", "hash:" + "x".repeat(80), Set.of(Role.PEER), true));

        assertThat(signIn("peer.long", "x".repeat(80))).isInstanceOf(SignInOutcome.Refused.class);
    }

    @Test
    void conf4_control_characters_typed_as_a_username_are_not_written_to_the_audit_as_they_are() {
        signIn("bad\u0000name" + "y".repeat(200), "anything");

        assertThat(audit.all()).singleElement().satisfies(event -> {
            assertThat(event.actorName())
                    .doesNotContain("\u0000")
                    .hasSizeLessThanOrEqualTo(80)
                    .startsWith("bad?name");
        });
    }

    @Test
    void conf4_a_sign_out_is_audited_with_its_reason() {
        service.signedOut(new Actor(ava, "peer.ava", Set.of(Role.PEER)), SignOutReason.IDLE);

        assertThat(audit.all()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.SIGNED_OUT);
            assertThat(event.detail()).contains("idle");
        });
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
