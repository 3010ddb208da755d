package org.peerpath.application.collateral.port.in;

import java.util.UUID;

/** COL-3: records the member's authorization to share with a collateral. The care team and admins only. */
public interface AuthorizeSharingUseCase {

    UUID authorize(AuthorizeSharingCommand command);
}
