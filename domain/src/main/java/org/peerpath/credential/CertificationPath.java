package org.peerpath.credential;

/** How the peer became certified (CERT-3). */
public enum CertificationPath {
    INITIAL,
    GRANDPARENTING,
    OUT_OF_STATE_RECIPROCITY
}
