package org.peerpath.application.staff;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.SignInAttempt;
import org.peerpath.application.staff.port.in.SignInOutcome;
import org.peerpath.application.staff.port.in.SignInOutcome.Reason;
import org.peerpath.application.staff.port.in.SignInUseCase;
import org.peerpath.application.staff.port.in.SignOutReason;
import org.peerpath.application.staff.port.in.SignOutUseCase;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.PasswordVerifier;
import org.peerpath.application.staff.port.out.SignInFailures;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in safety (CONF-1): each failure in a row holds the answer back a little longer, and after
 * {@code peerpath.sign-in.lock-after} failures the username is locked for {@code peerpath.sign-in.lock-duration},
 * the right password included. Locks count typed usernames, existing or not, so a lock tells nothing about which
 * accounts exist. Every attempt and every sign-out is audited (CONF-4).
 */
@Service
@Transactional
class SignInService implements SignInUseCase, SignOutUseCase {

    private static final Duration LONGEST_DELAY = Duration.ofSeconds(4);

    private final StaffDirectory directory;
    private final PasswordVerifier verifier;
    private final SignInFailures failures;
    private final AuditTrail audit;
    private final Clock clock;
    private final int lockAfter;
    private final Duration lockDuration;
    private final Duration firstDelay;

    SignInService(
            StaffDirectory directory,
            PasswordVerifier verifier,
            SignInFailures failures,
            AuditTrail audit,
            Clock clock,
            @Value("${peerpath.sign-in.lock-after:5}") int lockAfter,
            @Value("${peerpath.sign-in.lock-duration:15m}") Duration lockDuration,
            @Value("${peerpath.sign-in.failure-delay:250ms}") Duration firstDelay) {
        this.directory = directory;
        this.verifier = verifier;
        this.failures = failures;
        this.audit = audit;
        this.clock = clock;
        this.lockAfter = lockAfter;
        this.lockDuration = lockDuration;
        this.firstDelay = firstDelay;
    }

    @Override
    @PermitAll // asked before anyone is signed in
    public SignInOutcome signIn(SignInAttempt attempt) {
        Instant now = clock.instant();
        String username = AccountInput.normalizedUsername(attempt.username());
        Optional<SignInFailures.Failures> before = failures.find(username);
        if (before.isPresent() && before.get().lockedUntil() != null) {
            Instant lockedUntil = before.get().lockedUntil();
            if (now.isBefore(lockedUntil)) {
                audit.record(StaffAudit.bySignIn(
                        now,
                        actorOf(username),
                        attempt.username(),
                        AuditAction.SIGN_IN_REFUSED_LOCKED,
                        "refused: locked until " + lockedUntil));
                return new SignInOutcome.Refused(Reason.LOCKED, Duration.ZERO);
            }
            failures.clear(username); // the lock has ended: count afresh
        }

        Optional<StaffAccount> account = directory.findByUsername(username);
        String password = attempt.password();
        boolean matches;
        if (AccountInput.fitsBcrypt(password)) {
            matches = verifier.matches(
                    password, account.map(StaffAccount::passwordHash).orElse(null));
        } else {
            verifier.matches("", null); // the same work, but never a match: bcrypt would compare a cut password
            matches = false;
        }
        StaffId actor = account.map(StaffAccount::id).orElse(StaffAudit.NO_ACCOUNT);

        if (!matches) {
            int inARow = failures.recordFailure(username, now);
            audit.record(StaffAudit.bySignIn(
                    now,
                    actor,
                    attempt.username(),
                    AuditAction.SIGN_IN_FAILED,
                    "wrong username or password, " + inARow + " in a row"
                            + (account.isEmpty() ? " (no such account)" : "")));
            Duration delay = delayAfter(inARow);
            if (inARow >= lockAfter) {
                Instant until = now.plus(lockDuration);
                failures.lockUntil(username, until);
                audit.record(StaffAudit.bySignIn(
                        now,
                        actor,
                        attempt.username(),
                        AuditAction.SIGN_IN_LOCKED_OUT,
                        "locked until " + until + " after " + inARow + " failures in a row"));
                return new SignInOutcome.Refused(Reason.LOCKED, delay);
            }
            return new SignInOutcome.Refused(Reason.WRONG_CREDENTIALS, delay);
        }

        StaffAccount signedIn = account.orElseThrow();
        if (!signedIn.enabled()) {
            audit.record(StaffAudit.bySignIn(
                    now, actor, attempt.username(), AuditAction.SIGN_IN_REFUSED_DISABLED, "refused: account disabled"));
            return new SignInOutcome.Refused(Reason.DISABLED, Duration.ZERO);
        }
        failures.clear(username);
        directory.recordSignIn(signedIn.id(), now);
        audit.record(StaffAudit.bySignIn(
                now,
                actor,
                signedIn.username(),
                AuditAction.SIGNED_IN,
                signedIn.mustChangePassword() ? "signed in; must choose a new password" : "signed in"));
        return new SignInOutcome.SignedIn(signedIn);
    }

    /** Grows with each failure in a row: 1, 2, 4, 8 … times the first delay, never more than 4 seconds. */
    Duration delayAfter(int inARow) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(inARow - 1, 16));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private StaffId actorOf(String username) {
        return directory.findByUsername(username).map(StaffAccount::id).orElse(StaffAudit.NO_ACCOUNT);
    }

    @Override
    @PermitAll // also called when the server ends a session, with nobody signed in on that thread
    public void signedOut(Actor actor, SignOutReason reason) {
        audit.record(StaffAudit.byActor(clock.instant(), actor, AuditAction.SIGNED_OUT, reasonText(reason)));
    }

    private static String reasonText(SignOutReason reason) {
        return switch (reason) {
            case SIGNED_OUT -> "signed out";
            case IDLE -> "signed out after the idle limit";
            case TIME_LIMIT -> "signed out at the session time limit";
            case ENDED_BY_ADMIN -> "session ended by an admin's change to the account";
            case EXPIRED -> "session expired on the server";
        };
    }
}
