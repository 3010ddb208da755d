package org.peerpath.service;

/** How a group's minutes are shared among its attendees (GRP-2). */
public enum GroupApportionment {
    /** Facilitator minutes divided by the number of attendees. */
    DIVIDE_BY_ATTENDEES,
    /** Every attendee is credited with the session's full length. */
    FULL_DURATION
}
