package org.peerpath.application.staff.port.in;

/**
 * Checks a sign-in attempt. Failures in a row slow the answer down and, after a set number, lock the username for a
 * while; every attempt, success, failure and lock is audited.
 */
public interface SignInUseCase {

    SignInOutcome signIn(SignInAttempt attempt);
}
