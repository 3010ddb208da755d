package org.peerpath.application.workspace.port.in;

import java.util.Optional;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;

/** Inbound port: the overview of a member's workspace. Audited (CONF-4); who may read it is the care-team rule (MEM-3). */
public interface MemberOverviewQueries {

    /**
     * The overview today, when the actor may see the member; empty otherwise, as for a member that does not exist.
     * Front desk gets the enrollment facts and the care team, never levels of care or recommendations (CONF-1, CONF-2).
     */
    Optional<MemberOverview> overview(Actor actor, MemberId member);
}
