package org.peerpath.application.service.port.in;

import java.util.List;
import java.util.Optional;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.member.MemberId;

/** Reads of recorded services, each judged by the claim check (CHECK-1). Clinical: the care team and admins. */
public interface PeerServiceQueries {

    /** The member's services newest first, keyset-paged; empty when the member is not visible to the actor. */
    Optional<Slice<ServiceSummary>> servicesOf(Actor actor, MemberId member, PageSpec page);

    /**
     * The member's services that pass {@code filter}, newest first, keyset-paged like {@link #servicesOf(Actor,
     * MemberId, PageSpec)}; empty when the member is not visible to the actor.
     */
    Optional<Slice<ServiceSummary>> servicesOf(Actor actor, MemberId member, ServiceFilter filter, PageSpec page);

    /** The signed-in peer's services of the last 90 days that are not claimable, newest first (the work queue). */
    List<ServiceSummary> notClaimable(Actor peer);
}
