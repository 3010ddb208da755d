package org.peerpath.application.service.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;
import org.peerpath.shared.ServiceId;

/** What the service form offers and shows: clinical records, for the member's care team and admins (MEM-3). */
public interface ServiceFormQueries {

    /**
     * The choices for recording a service of {@code member} on {@code date}: the member's current collaterals (COL-2),
     * the goals of the plan in force that day (GOAL-3), the transitions an engagement may support (LOC-3). Empty when
     * the member is not the actor's to see.
     */
    Optional<ServiceFormOptions> options(Actor actor, MemberId member, LocalDate date);

    /**
     * A saved service opened, with its claim check for its date of service (CHECK-1). Audited (CONF-4): the opening
     * and the check. Empty when there is no such service or it is not the actor's to see: the two read the same.
     */
    Optional<SavedService> open(Actor actor, ServiceId service);
}
