package org.peerpath.plan;

/**
 * POC-4: the name of each state of the plan's lifecycle, for storage and display: DRAFT → SIGNED → COMPLETE, a signed
 * plan may be RETURNED, and a complete one SUPERSEDED by a newer complete version.
 */
public enum PlanStatus {
    DRAFT,
    SIGNED,
    RETURNED,
    COMPLETE,
    SUPERSEDED
}
