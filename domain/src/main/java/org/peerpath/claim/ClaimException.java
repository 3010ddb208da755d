package org.peerpath.claim;

import org.peerpath.shared.DomainException;
import org.peerpath.shared.Message;

/** A claim the rules forbid (CHECK-1, RPT-2). */
public abstract sealed class ClaimException extends DomainException {

    ClaimException(Message message, Object... args) {
        super(message, args);
    }

    /** CHECK-1: only READY services yield claim lines. */
    public static final class NotReady extends ClaimException {
        private final ClaimReadiness readiness;

        NotReady(ClaimReadiness readiness) {
            super(Message.CLAIM_NOT_READY, readiness.blocking().size());
            this.readiness = readiness;
        }

        public ClaimReadiness readiness() {
            return readiness;
        }
    }
}
