package org.peerpath.application.staff.port.in;

/** What someone typed into the sign-in form. */
public record SignInAttempt(String username, String password) {

    /** Passwords never show up in logs. */
    @Override
    public String toString() {
        return "SignInAttempt[" + username + "]";
    }
}
