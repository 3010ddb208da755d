package org.peerpath.plan;

import org.peerpath.shared.DomainException;
import org.peerpath.shared.Message;

/** A Plan of Care change the rules forbid (POC-1 to POC-5). */
public abstract sealed class PlanOfCareException extends DomainException {

    PlanOfCareException(Message message, Object... args) {
        super(message, args);
    }

    /** POC-4: a complete plan is locked; change it through a new version. */
    public static final class Locked extends PlanOfCareException {
        Locked() {
            super(Message.PLAN_LOCKED);
        }
    }

    /** POC-4: the step is not possible in the plan's current status. */
    public static final class WrongStatus extends PlanOfCareException {
        private final PlanStatus status;

        WrongStatus(PlanStatus status) {
            super(Message.PLAN_WRONG_STATUS, status);
            this.status = status;
        }

        public PlanStatus status() {
            return status;
        }
    }

    /** POC-2, POC-3: the person is not the one who may take this step. */
    public static final class NotAllowed extends PlanOfCareException {
        NotAllowed(Message message) {
            super(message);
        }
    }

    /** POC-1, POC-6: a plan is signed only with its amount, duration and scope and at least one goal. */
    public static final class Incomplete extends PlanOfCareException {
        Incomplete(Message message) {
            super(message);
        }
    }

    /** POC-5: only DMC-ODS/SUBG plans may be embedded in a comprehensive treatment plan. */
    public static final class EmbeddingSudOnly extends PlanOfCareException {
        EmbeddingSudOnly() {
            super(Message.PLAN_EMBEDDING_SUD_ONLY);
        }
    }
}
