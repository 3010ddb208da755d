package org.peerpath.application.collateral.port.in;

import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;

public record AddCollateralCommand(Actor actor, MemberId member, CollateralEntry entry) {}
