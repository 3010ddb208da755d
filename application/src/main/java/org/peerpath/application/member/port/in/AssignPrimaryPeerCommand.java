package org.peerpath.application.member.port.in;

import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;

public record AssignPrimaryPeerCommand(Actor actor, MemberId member, StaffId peer) {}
