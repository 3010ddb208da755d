package org.peerpath.persistence.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peerpath.application.claim.port.out.MemberClaimRecords;
import org.peerpath.claim.DiagnosisCode;
import org.peerpath.member.MemberId;
import org.peerpath.service.TelehealthConsent;
import org.springframework.stereotype.Component;

/**
 * Diagnoses, telehealth consents and county holidays are not stored yet: every member has none, so the claim check
 * reports the missing diagnosis (RPT-2) and consent (SVC-5) rather than assuming them. Replaced when they are stored.
 */
@Component
class PendingMemberClaimRecords implements MemberClaimRecords {

    @Override
    public Optional<DiagnosisCode> diagnosisOf(MemberId member) {
        return Optional.empty();
    }

    @Override
    public List<TelehealthConsent> telehealthConsentsOf(MemberId member) {
        return List.of();
    }

    @Override
    public Set<LocalDate> countyHolidays() {
        return Set.of();
    }
}
