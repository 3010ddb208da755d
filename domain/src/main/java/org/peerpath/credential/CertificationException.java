package org.peerpath.credential;

import org.peerpath.shared.DomainException;

/** A certification change the rules forbid (CERT-2, CERT-5 to CERT-7). */
public abstract sealed class CertificationException extends DomainException {

    CertificationException(String code, String message) {
        super(code, message);
    }

    /** CERT-2: the candidate does not meet an initial requirement; {@link #requirement()} names it. */
    public static final class RequirementNotMet extends CertificationException {
        private final String requirement;

        RequirementNotMet(String requirement, String message) {
            super("certification.requirement-not-met", message);
            this.requirement = requirement;
        }

        public String requirement() {
            return requirement;
        }
    }

    /** CERT-5, CERT-6: renewal asked outside the window or without the CE hours and affirmation. */
    public static final class RenewalRefused extends CertificationException {
        RenewalRefused(String code, String message) {
            super(code, message);
        }
    }

    /** CERT-7: reinstatement refused; a vacated certification needs a new initial certification. */
    public static final class ReinstatementRefused extends CertificationException {
        private final CertificationStatus status;

        ReinstatementRefused(String code, CertificationStatus status, String message) {
            super(code, message);
            this.status = status;
        }

        public CertificationStatus status() {
            return status;
        }
    }

    /** CERT-4: a revoked certification accepts no further change. */
    public static final class Revoked extends CertificationException {
        Revoked() {
            super("certification.revoked", "This certification was revoked and can no longer change");
        }
    }
}
