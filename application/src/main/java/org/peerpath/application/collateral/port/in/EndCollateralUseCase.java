package org.peerpath.application.collateral.port.in;

/** COL-1: the person is no longer a contact from a date; the record and its history stay. */
public interface EndCollateralUseCase {

    void end(EndCollateralCommand command);
}
