package org.peerpath.application.claimrecord.port.out;

import java.util.List;
import org.peerpath.application.shared.Versioned;
import org.peerpath.county.CountyHoliday;
import org.peerpath.member.MemberId;

/**
 * Out port: the claim records the program keeps itself: a member's diagnoses and telehealth consents (RPT-2, SVC-5),
 * and the county's holidays (SVC-8). Each is saved over the version read; a stale one is a ConcurrentChangeException.
 */
public interface ClaimRecordRepository {

    /** The member's records; an empty file never stored when there are none. */
    Versioned<MemberClaimFile> findByMember(MemberId member);

    void save(MemberId member, MemberClaimFile file, long seenVersion);

    /** The county's holidays, by date; an empty list never stored when there are none. */
    Versioned<List<CountyHoliday>> holidays();

    void saveHolidays(List<CountyHoliday> holidays, long seenVersion);
}
