package org.peerpath.application.staff.port.in;

import java.time.Duration;

/** The answer to a sign-in attempt. A refusal says how long to hold the answer back, which grows with each failure. */
public sealed interface SignInOutcome {

    record SignedIn(StaffAccount account) implements SignInOutcome {}

    record Refused(Reason reason, Duration delay) implements SignInOutcome {}

    enum Reason {
        /** Wrong username or password: the same answer whether or not the username exists. */
        WRONG_CREDENTIALS,
        /** Too many failures in a row for this username: refused even with the right password until the lock ends. */
        LOCKED,
        /** The right password for an account an admin disabled. */
        DISABLED
    }
}
