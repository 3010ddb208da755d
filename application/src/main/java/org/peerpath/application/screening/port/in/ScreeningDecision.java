package org.peerpath.application.screening.port.in;

/** Where one person's result of a run stands (SCR-2). */
public enum ScreeningDecision {
    /** Not on the list. */
    CLEAR,
    /** Matched by NPI or license number: confirmed by the match itself. */
    CONFIRMED_BY_LIST,
    /** Matched by name: a review task. */
    OPEN,
    /** A review task an admin confirmed. */
    CONFIRMED,
    /** A review task an admin dismissed, with a reason. */
    DISMISSED
}
