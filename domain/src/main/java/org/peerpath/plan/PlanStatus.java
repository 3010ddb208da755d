package org.peerpath.plan;

/** POC-4: DRAFT → SIGNED → COMPLETE; a supervisor may send a signed plan back (RETURNED) to be signed again. */
public enum PlanStatus {
    DRAFT,
    SIGNED,
    RETURNED,
    COMPLETE
}
