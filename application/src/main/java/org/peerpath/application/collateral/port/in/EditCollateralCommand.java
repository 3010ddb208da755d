package org.peerpath.application.collateral.port.in;

import org.peerpath.application.shared.Actor;
import org.peerpath.collateral.CollateralId;

public record EditCollateralCommand(Actor actor, CollateralId collateral, long seenVersion, CollateralEntry entry) {}
