package org.peerpath.credential;

/** A certification's status on one date (CERT-4). Only ACTIVE lets a peer deliver claimable services (CERT-1). */
public enum CertificationStatus {
    NOT_YET_ISSUED,
    ACTIVE,
    LAPSED,
    VACATED,
    SUSPENDED,
    REVOKED;
}
