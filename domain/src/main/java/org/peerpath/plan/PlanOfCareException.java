package org.peerpath.plan;

import org.peerpath.shared.DomainException;

/** A Plan of Care change the rules forbid (POC-2 to POC-5). */
public abstract sealed class PlanOfCareException extends DomainException {

    PlanOfCareException(String code, String message) {
        super(code, message);
    }

    /** POC-4: a complete plan is locked; change it through a new version. */
    public static final class Locked extends PlanOfCareException {
        Locked() {
            super("plan.locked", "This Plan of Care is complete and locked: start a new version to change it");
        }
    }

    /** POC-4: the step is not possible in the plan's current status. */
    public static final class WrongStatus extends PlanOfCareException {
        private final PlanStatus status;

        WrongStatus(PlanStatus status) {
            super(
                    "plan.wrong-status",
                    "This step is not possible while the plan is "
                            + status.name().toLowerCase());
            this.status = status;
        }

        public PlanStatus status() {
            return status;
        }
    }

    /** POC-2, POC-3: the person is not the one who may take this step. */
    public static final class NotAllowed extends PlanOfCareException {
        NotAllowed(String code, String message) {
            super(code, message);
        }
    }

    /** POC-1, POC-6: a plan is signed only with its amount, duration and scope and at least one goal. */
    public static final class Incomplete extends PlanOfCareException {
        Incomplete(String message) {
            super("plan.incomplete", message);
        }
    }

    /** POC-5: only DMC-ODS/SUBG plans may be embedded in a comprehensive treatment plan. */
    public static final class EmbeddingSudOnly extends PlanOfCareException {
        EmbeddingSudOnly() {
            super(
                    "plan.embedding-sud-only",
                    "Only a DMC or DMC-ODS Plan of Care can be part of a comprehensive treatment plan");
        }
    }
}
