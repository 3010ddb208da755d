package org.peerpath.application.member.port.in;

import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;

/**
 * Makes {@code peer} the member's primary peer. {@code seenVersion} is the version of the member the person was shown
 * ({@link MemberDetails#version()}); a member changed since is not overwritten.
 */
public record AssignPrimaryPeerCommand(Actor actor, MemberId member, StaffId peer, long seenVersion) {}
