package org.peerpath.claim;

import org.peerpath.shared.DomainException;

/** A claim the rules forbid (CHECK-1, RPT-2). */
public abstract sealed class ClaimException extends DomainException {

    ClaimException(String code, String message) {
        super(code, message);
    }

    /** CHECK-1: only READY services yield claim lines. */
    public static final class NotReady extends ClaimException {
        private final ClaimReadiness readiness;

        NotReady(ClaimReadiness readiness) {
            super(
                    "claim.not-ready",
                    "This service is not ready to claim: "
                            + readiness.blocking().size() + " reason(s)");
            this.readiness = readiness;
        }

        public ClaimReadiness readiness() {
            return readiness;
        }
    }
}
