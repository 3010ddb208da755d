package org.peerpath.application.collateral.port.in;

/** Where the member's authorization to share with a collateral stands today (COL-3). */
public enum SharingStatus {
    ACTIVE,
    EXPIRED,
    REVOKED,
    NONE
}
