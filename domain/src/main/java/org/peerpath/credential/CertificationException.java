package org.peerpath.credential;

import org.peerpath.shared.DomainException;
import org.peerpath.shared.Message;

/** A certification change the rules forbid (CERT-2, CERT-5 to CERT-7). */
public abstract sealed class CertificationException extends DomainException {

    CertificationException(Message message, Object... args) {
        super(message, args);
    }

    /** CERT-2: the candidate does not meet an initial requirement; {@link #requirement()} names it. */
    public static final class RequirementNotMet extends CertificationException {
        private final String requirement;

        RequirementNotMet(String requirement, Message message, Object... args) {
            super(message, args);
            this.requirement = requirement;
        }

        public String requirement() {
            return requirement;
        }
    }

    /** CERT-5, CERT-6: renewal asked outside the window or without the CE hours and affirmation. */
    public static final class RenewalRefused extends CertificationException {
        RenewalRefused(Message message, Object... args) {
            super(message, args);
        }
    }

    /** CERT-7: reinstatement refused; a vacated certification needs a new initial certification. */
    public static final class ReinstatementRefused extends CertificationException {
        private final CertificationStatus status;

        ReinstatementRefused(CertificationStatus status, Message message, Object... args) {
            super(message, args);
            this.status = status;
        }

        public CertificationStatus status() {
            return status;
        }
    }

    /** CERT-4: a revoked certification accepts no further change. */
    public static final class Revoked extends CertificationException {
        Revoked() {
            super(Message.CERT_REVOKED);
        }
    }
}
