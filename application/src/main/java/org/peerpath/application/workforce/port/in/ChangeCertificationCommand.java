package org.peerpath.application.workforce.port.in;

import org.peerpath.application.shared.Actor;
import org.peerpath.credential.CertificationId;

public record ChangeCertificationCommand(
        Actor actor, CertificationId certification, long seenVersion, CertificationChange change) {}
