package org.peerpath.application.plan.port.in;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCareId;

/** Reads of Plans of Care: clinical records, for the care team and admins only (CONF-2). */
public interface PlanQueries {

    /**
     * The member's plan with {@code version} shown (the newest when null); empty when the member does not exist or the
     * reader is not on the care team: the two look the same.
     */
    Optional<MemberPlan> plan(Actor actor, MemberId member, @Nullable PlanOfCareId version);

    /** POC-2, POC-3: the signed plans of the peers this supervisor supervises today, oldest first. */
    List<PendingSignOff> coSignQueue(Actor actor);
}
