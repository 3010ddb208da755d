package org.peerpath.application.service.port.in;

import org.jspecify.annotations.Nullable;
import org.peerpath.application.claim.port.in.ClaimCheckResult;
import org.peerpath.member.MemberId;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;

/**
 * One service of a group session, for one attendee and rendering peer, with its claim check (CHECK-1, GRP-1).
 *
 * @param service the stored service once saved; null in a check before saving
 * @param contactMinutes the attendee's share of the contact minutes (GRP-2)
 */
public record AttendeeCheck(
        MemberId member,
        String memberName,
        StaffId renderer,
        @Nullable ServiceId service,
        int contactMinutes,
        ClaimCheckResult check) {}
