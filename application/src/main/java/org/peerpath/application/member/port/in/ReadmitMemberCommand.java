package org.peerpath.application.member.port.in;

import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;

/** A discharged member comes back to the program, over the {@code version} seen. */
public record ReadmitMemberCommand(Actor actor, MemberId member, long version) {}
