package org.peerpath.application.collateral.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;

/**
 * The collateral does not exist or its member is not on the asker's care team (MEM-3); the two are told apart to
 * nobody.
 */
public final class CollateralNotFoundException extends DomainException {

    public static final String CODE = "collateral.not-found";

    public CollateralNotFoundException() {
        super(CODE, Map.of());
    }
}
