package org.peerpath.application.plan.port.in;

/** POC-4: what a step in a plan version's history did, as the history shows it. */
public enum PlanStepKind {
    STARTED,
    REVISED,
    SAVED,
    SIGNED,
    RETURNED,
    CO_SIGNED,
    REVIEWED_BY_PEER,
    REVIEWED_BY_SUPERVISOR,
    SUPERSEDED
}
