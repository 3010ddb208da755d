package org.peerpath.application.claimrecord.port.in;

/** RPT-2: a BHP on the member's care team, or an admin, records the diagnosis claim lines carry. */
public interface RecordDiagnosisUseCase {

    void record(RecordDiagnosisCommand command);
}
