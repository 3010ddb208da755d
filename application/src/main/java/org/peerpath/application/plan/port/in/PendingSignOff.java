package org.peerpath.application.plan.port.in;

import java.time.LocalDate;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCareId;

/**
 * POC-2, POC-3: a signed plan waiting for this supervisor, with its age in days since it was signed.
 *
 * @param review a plan written on the peer's behalf, to review (POC-3), rather than one to co-sign (POC-2)
 */
public record PendingSignOff(
        PlanOfCareId plan,
        MemberId member,
        String memberName,
        String peerName,
        String authorName,
        int versionNumber,
        LocalDate signedOn,
        long ageInDays,
        boolean review) {}
