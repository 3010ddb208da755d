package org.peerpath.application.collateral.port.in;

import org.peerpath.collateral.CollateralId;

/** COL-1: records a family member or other support person of a member. Care team, front desk and admins. */
public interface AddCollateralUseCase {

    CollateralId add(AddCollateralCommand command);
}
