package org.peerpath.credential;

/** DIR-1: what a Behavioral Health Professional's credential is under California law. */
public enum CredentialKind {
    LICENSE,
    WAIVER,
    REGISTRATION,
    SUD_COUNSELOR_CERTIFICATION
}
