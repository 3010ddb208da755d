package org.peerpath.service;

/** SVC-9: a service is recorded, then its note signed; it is voided with a reason, never deleted. */
public enum ServiceStatus {
    RECORDED,
    NOTE_SIGNED,
    VOIDED
}
