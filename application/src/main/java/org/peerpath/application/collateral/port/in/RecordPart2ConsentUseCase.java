package org.peerpath.application.collateral.port.in;

/**
 * COL-3, CONF-3: records a written 42 CFR Part 2 consent naming a collateral, for a member in DMC or DMC-ODS. The
 * care team and admins only.
 */
public interface RecordPart2ConsentUseCase {

    void record(RecordPart2ConsentCommand command);
}
