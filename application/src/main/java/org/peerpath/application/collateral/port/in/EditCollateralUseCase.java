package org.peerpath.application.collateral.port.in;

/**
 * COL-1: corrects a collateral. Front desk only changes a contact whose details it may see (COL-3); the care team and
 * admins any.
 */
public interface EditCollateralUseCase {

    void edit(EditCollateralCommand command);
}
