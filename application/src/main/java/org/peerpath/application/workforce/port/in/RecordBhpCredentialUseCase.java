package org.peerpath.application.workforce.port.in;

/** ADMIN: records a BHP's license, waiver, registration or SUD counselor certification (DIR-1). */
public interface RecordBhpCredentialUseCase {

    void record(RecordBhpCredentialCommand command);
}
