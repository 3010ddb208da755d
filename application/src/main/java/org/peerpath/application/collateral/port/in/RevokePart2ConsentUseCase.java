package org.peerpath.application.collateral.port.in;

/** COL-3, CONF-3: the care team or an admin records that the member withdrew a Part 2 consent, with its date. */
public interface RevokePart2ConsentUseCase {

    void revoke(RevokePart2ConsentCommand command);
}
