package org.peerpath.application.workforce.port.in;

import org.peerpath.credential.CertificationId;

/** ADMIN: records a peer's certification (CERT-2, CERT-3, CERT-5). */
public interface RecordCertificationUseCase {

    CertificationId record(RecordCertificationCommand command);
}
