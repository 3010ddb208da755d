package org.peerpath.credential;

/** A reminder shown to the peer and the admin (CERT-10). */
public record CertificationAlert(Kind kind, String message) {

    public enum Kind {
        EXPIRES_SOON,
        RENEWAL_WINDOW_OPEN,
        CONTINUING_EDUCATION_SHORT,
        ETHICS_AFFIRMATION_DUE
    }
}
