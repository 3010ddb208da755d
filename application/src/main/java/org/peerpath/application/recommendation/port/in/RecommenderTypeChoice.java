package org.peerpath.application.recommendation.port.in;

import org.peerpath.credential.CredentialType;

/** DIR-3: a credential type that may recommend under a delivery system; {@code assumed} for an OPEN entry. */
public record RecommenderTypeChoice(CredentialType type, boolean assumed) {}
