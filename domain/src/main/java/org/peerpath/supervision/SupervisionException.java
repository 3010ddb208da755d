package org.peerpath.supervision;

import java.time.LocalDate;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Message;

/** A supervision change the rules forbid (SUP-1). */
public abstract sealed class SupervisionException extends DomainException {

    SupervisionException(Message message, Object... args) {
        super(message, args);
    }

    /** SUP-1: assignments follow each other; a new one cannot start before the current one. */
    public static final class Overlap extends SupervisionException {
        Overlap(LocalDate after) {
            super(Message.SUPERVISION_OVERLAP, after);
        }
    }

    /** SUP-1: there is no open assignment to end. */
    public static final class NoCurrentAssignment extends SupervisionException {
        NoCurrentAssignment() {
            super(Message.SUPERVISION_NO_CURRENT);
        }
    }
}
