package org.peerpath.application.claim.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peerpath.claim.DiagnosisCode;
import org.peerpath.member.MemberId;
import org.peerpath.service.TelehealthConsent;

/**
 * Out port: the member facts the claim check reads that no feature stores yet: the diagnosis for the claim line
 * (RPT-2), telehealth consents (SVC-5) and the county's holidays (SVC-8). Until they are stored, a pending adapter
 * answers "none", so the check names what is missing rather than assuming it.
 */
public interface MemberClaimRecords {

    Optional<DiagnosisCode> diagnosisOf(MemberId member);

    List<TelehealthConsent> telehealthConsentsOf(MemberId member);

    Set<LocalDate> countyHolidays();
}
