package org.peerpath.supervision;

import org.peerpath.shared.DomainException;

/** A supervision change the rules forbid (SUP-1). */
public abstract sealed class SupervisionException extends DomainException {

    SupervisionException(String code, String message) {
        super(code, message);
    }

    /** SUP-1: assignments follow each other; a new one cannot start before the current one. */
    public static final class Overlap extends SupervisionException {
        Overlap(String message) {
            super("supervision.overlap", message);
        }
    }

    /** SUP-1: there is no open assignment to end. */
    public static final class NoCurrentAssignment extends SupervisionException {
        NoCurrentAssignment() {
            super("supervision.no-current-assignment", "This peer has no current supervisor to end");
        }
    }
}
