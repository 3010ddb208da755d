package org.peerpath.application.audit.port.out;

/** What was done to member data (CONF-4). Stored by name: never rename a constant. */
public enum AuditAction {
    MEMBER_ENROLLED,
    MEMBER_VIEWED,
    MEMBER_LISTED,
    MEMBER_ACCESS_DENIED,
    PRIMARY_PEER_ASSIGNED,
    STAFF_ACCOUNT_CREATED,
    SUPERVISOR_ASSIGNED,
    DIRECTING_BHP_ASSIGNED
}
