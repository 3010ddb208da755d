package org.peerpath.service;

/** GRP-1: who renders the H0025 lines of a group with co-facilitators, a county setting (OPEN). */
public enum CoFacilitatorClaiming {
    /** Only the lead facilitator renders the attendees' lines (default). */
    LEAD_ONLY,
    /** Each certified co-facilitator renders lines for their own minutes too. */
    EACH_PEER
}
