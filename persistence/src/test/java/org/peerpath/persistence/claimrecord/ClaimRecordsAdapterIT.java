package org.peerpath.persistence.claimrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerpath.application.claim.port.out.MemberClaimRecords;
import org.peerpath.application.claimrecord.ClaimRecordRepositoryContract;
import org.peerpath.application.claimrecord.port.out.ClaimRecordRepository;
import org.peerpath.application.claimrecord.port.out.MemberClaimFile;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.shared.Versioned;
import org.peerpath.claim.DiagnosisCode;
import org.peerpath.claim.MemberDiagnosis;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.service.ConsentMethod;
import org.peerpath.service.Modality;
import org.peerpath.service.TelehealthConsent;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;

class ClaimRecordsAdapterIT extends PersistenceIT {

    @Autowired
    ClaimRecordRepository repository;

    @Autowired
    MemberClaimRecords claimCheckPort;

    @Autowired
    MemberRepository members;

    private MemberId storedMember() {
        Member member = TestMembers.member("Claim", "Recordson");
        members.save(member);
        return member.id();
    }

    /** The shared contract, here against the JPA adapter on PostgreSQL. */
    @Nested
    class Contract extends ClaimRecordRepositoryContract {

        @Override
        protected ClaimRecordRepository repository() {
            return repository;
        }

        @Override
        protected MemberId existingMember() {
            return storedMember();
        }
    }

    @Test
    void rpt2_svc5_the_claim_check_reads_every_dated_diagnosis_and_every_consent() {
        MemberId member = storedMember();
        LocalDate today = LocalDate.now(org.peerpath.application.shared.Clocks.COUNTY_ZONE);
        StaffId bhp = StaffId.newId();
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        TelehealthConsent video = new TelehealthConsent(member, Modality.VIDEO, today.minusDays(9), today);
        MemberDiagnosis first = new MemberDiagnosis(member, new DiagnosisCode("F33.1"), today.minusDays(10), bhp, at);
        MemberDiagnosis revised =
                new MemberDiagnosis(member, new DiagnosisCode("F99"), today.plusDays(30), bhp, at.plusSeconds(1));
        repository.save(
                member,
                new MemberClaimFile(
                        java.util.List.of(first, revised),
                        java.util.List.of(new MemberClaimFile.StoredConsent(
                                UUID.randomUUID(), video, ConsentMethod.WRITTEN, bhp, at))),
                Versioned.NEVER_STORED);

        // RPT-2: the whole history with its dates; the check picks the one in force on the date of service
        assertThat(claimCheckPort.diagnosesOf(member)).containsExactlyInAnyOrder(first, revised);
        assertThat(MemberDiagnosis.inForceOn(claimCheckPort.diagnosesOf(member), today))
                .map(MemberDiagnosis::code)
                .contains(new DiagnosisCode("F33.1"));
        assertThat(claimCheckPort.telehealthConsentsOf(member)).containsExactly(video);
        assertThat(claimCheckPort.diagnosesOf(storedMember())).isEmpty();
    }
}
