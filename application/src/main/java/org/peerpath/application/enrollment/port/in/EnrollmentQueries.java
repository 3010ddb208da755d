package org.peerpath.application.enrollment.port.in;

import java.util.Optional;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;

/** Reads of a member's delivery-system enrollments (SVC-7), for whoever may see the member (MEM-3). */
public interface EnrollmentQueries {

    /** Empty when the member does not exist or the actor may not see them: the two look the same. */
    Optional<MemberEnrollments> enrollments(Actor actor, MemberId member);
}
