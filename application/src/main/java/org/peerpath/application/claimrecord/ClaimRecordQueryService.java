package org.peerpath.application.claimrecord;

import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.claimrecord.port.in.ClaimRecordQueries;
import org.peerpath.application.claimrecord.port.in.CountyHolidayList;
import org.peerpath.application.claimrecord.port.in.MemberClaimRecordsDetails;
import org.peerpath.application.claimrecord.port.in.MemberClaimRecordsDetails.ConsentEntry;
import org.peerpath.application.claimrecord.port.in.MemberClaimRecordsDetails.DiagnosisEntry;
import org.peerpath.application.claimrecord.port.out.ClaimRecordRepository;
import org.peerpath.application.claimrecord.port.out.MemberClaimFile;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Versioned;
import org.peerpath.claim.MemberDiagnosis;
import org.peerpath.county.CountyHoliday;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional // writes the audit trail
class ClaimRecordQueryService implements ClaimRecordQueries {

    private final ClaimRecordGate gate;
    private final ClaimRecordRepository records;

    ClaimRecordQueryService(ClaimRecordGate gate, ClaimRecordRepository records) {
        this.gate = gate;
        this.records = records;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public Optional<MemberClaimRecordsDetails> records(Actor actor, MemberId member) {
        return gate.access(actor, member, "claim records").map(access -> {
            gate.record(actor, AuditAction.CLAIM_RECORDS_VIEWED, member, "diagnosis and telehealth consents");
            Versioned<MemberClaimFile> file = gate.file(member);
            List<MemberDiagnosis> history = file.value().diagnoses().stream()
                    .sorted(MemberDiagnosis.NEWEST_FIRST)
                    .toList();
            DiagnosisEntry current = MemberDiagnosis.inForceOn(history, gate.today())
                    .map(this::entry)
                    .orElse(null);
            List<ConsentEntry> consents = file.value().consents().stream()
                    .sorted(Comparator.comparing((MemberClaimFile.StoredConsent c) ->
                                    c.consent().givenOn())
                            .reversed())
                    .map(c -> new ConsentEntry(
                            c.id(),
                            c.consent().modality(),
                            c.method(),
                            c.consent().givenOn(),
                            c.consent().withdrawnOn(),
                            gate.nameOf(c.recordedBy())))
                    .toList();
            return new MemberClaimRecordsDetails(
                    member,
                    file.version(),
                    current,
                    history.stream().map(this::entry).toList(),
                    consents,
                    ClaimRecordGate.mayRecordDiagnosis(actor, access));
        });
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public CountyHolidayList holidays(Actor actor) {
        Versioned<List<CountyHoliday>> stored = records.holidays();
        return new CountyHolidayList(
                stored.version(),
                stored.value().stream()
                        .sorted(Comparator.comparing(CountyHoliday::date))
                        .toList());
    }

    private DiagnosisEntry entry(MemberDiagnosis d) {
        return new DiagnosisEntry(d.code().value(), d.effectiveOn(), gate.nameOf(d.recordedBy()), d.recordedAt());
    }
}
