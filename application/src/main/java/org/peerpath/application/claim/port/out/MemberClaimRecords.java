package org.peerpath.application.claim.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.peerpath.claim.MemberDiagnosis;
import org.peerpath.member.MemberId;
import org.peerpath.service.TelehealthConsent;

/**
 * Out port: the member facts the claim check reads from the claim records: the dated diagnoses for the claim
 * line (RPT-2), telehealth consents (SVC-5) and the county's holidays (SVC-8). Until they are stored, a pending adapter
 * answers "none", so the check names what is missing rather than assuming it.
 */
public interface MemberClaimRecords {

    /** RPT-2: every dated diagnosis of the member; the check picks the one in force on the date of service. */
    List<MemberDiagnosis> diagnosesOf(MemberId member);

    List<TelehealthConsent> telehealthConsentsOf(MemberId member);

    Set<LocalDate> countyHolidays();
}
