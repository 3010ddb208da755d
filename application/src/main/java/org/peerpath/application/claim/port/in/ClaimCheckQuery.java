package org.peerpath.application.claim.port.in;

import org.peerpath.application.member.port.in.MemberNotFoundException;

/**
 * CHECK-1, the live claim check: READY or every reason not, for a service still being recorded, judged on the facts
 * stored for exactly its member and peer. The peer of the member's care team, their supervisor or directing BHP, and
 * admins may ask; every check is audited (CONF-4).
 */
public interface ClaimCheckQuery {

    /**
     * @throws MemberNotFoundException when the member is unknown or not on the actor's care team
     */
    ClaimCheckResult check(CheckServiceCommand command);
}
