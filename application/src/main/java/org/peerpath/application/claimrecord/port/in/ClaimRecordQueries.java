package org.peerpath.application.claimrecord.port.in;

import java.util.Optional;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;

/** Reads of the claim records: a member's for the care team and admins (CONF-2), the holidays for admins. */
public interface ClaimRecordQueries {

    /** Empty when the member does not exist or the actor is not on the care team: the two look the same. */
    Optional<MemberClaimRecordsDetails> records(Actor actor, MemberId member);

    CountyHolidayList holidays(Actor actor);
}
