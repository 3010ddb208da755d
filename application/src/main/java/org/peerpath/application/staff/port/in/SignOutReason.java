package org.peerpath.application.staff.port.in;

/** Why a signed-in session ended. */
public enum SignOutReason {
    /** The person pressed sign out. */
    SIGNED_OUT,
    /** Nothing was done for longer than the idle limit. */
    IDLE,
    /** The session reached its absolute limit since sign-in. */
    TIME_LIMIT,
    /** An admin disabled the account, reset its password or took away a role. */
    ENDED_BY_ADMIN,
    /** The server let the session go (e.g. its timeout) without a request to notice it. */
    EXPIRED
}
