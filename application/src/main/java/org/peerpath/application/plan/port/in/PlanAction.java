package org.peerpath.application.plan.port.in;

/** What the person reading a plan version may try next (POC-2..4); the use case still decides. */
public enum PlanAction {
    EDIT,
    SIGN,
    CO_SIGN,
    RETURN,
    REVIEW,
    REVISE,
    RECORD_PROGRESS
}
