package org.peerpath.application.claimrecord;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.UUID;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.claimrecord.port.in.ClaimRecordRefusedException;
import org.peerpath.application.claimrecord.port.in.RecordDiagnosisCommand;
import org.peerpath.application.claimrecord.port.in.RecordDiagnosisUseCase;
import org.peerpath.application.claimrecord.port.in.RecordTelehealthConsentCommand;
import org.peerpath.application.claimrecord.port.in.RecordTelehealthConsentUseCase;
import org.peerpath.application.claimrecord.port.in.WithdrawTelehealthConsentCommand;
import org.peerpath.application.claimrecord.port.in.WithdrawTelehealthConsentUseCase;
import org.peerpath.application.claimrecord.port.out.MemberClaimFile;
import org.peerpath.application.member.MemberAccess;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.claim.DiagnosisCode;
import org.peerpath.claim.MemberDiagnosis;
import org.peerpath.service.TelehealthConsent;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes to a member's claim records: the diagnosis (RPT-2) and telehealth consents (SVC-5). Nothing is
 * overwritten: a new diagnosis takes over from its date, a withdrawal dates the end of a consent.
 */
@Service
// A refusal is audited, and the audit must survive the refusal (CONF-4).
@Transactional(noRollbackFor = {MemberNotFoundException.class, ClaimRecordRefusedException.class})
class ManageClaimRecordsService
        implements RecordDiagnosisUseCase, RecordTelehealthConsentUseCase, WithdrawTelehealthConsentUseCase {

    private final ClaimRecordGate gate;

    ManageClaimRecordsService(ClaimRecordGate gate) {
        this.gate = gate;
    }

    @Override
    @RolesAllowed({Role.BHP_ROLE, Role.ADMIN_ROLE})
    public void record(RecordDiagnosisCommand command) {
        MemberAccess access = gate.access(command.actor(), command.member(), "record diagnosis")
                .orElseThrow(() -> new MemberNotFoundException(command.member()));
        if (!ClaimRecordGate.mayRecordDiagnosis(command.actor(), access)) {
            gate.record(
                    command.actor(),
                    AuditAction.MEMBER_ACCESS_DENIED,
                    command.member(),
                    "record diagnosis: BHP on the care team or admin only");
            throw new ClaimRecordRefusedException(
                    ClaimRecordRefusedException.DIAGNOSIS_BHP_ONLY, Field.DIAGNOSIS.key());
        }
        DiagnosisCode code = new DiagnosisCode(command.code());
        LocalDate from = Dates.required(Field.EFFECTIVE_ON, command.effectiveOn());
        if (from.isAfter(gate.today())) {
            throw new ClaimRecordRefusedException(
                    ClaimRecordRefusedException.DIAGNOSIS_IN_FUTURE, Field.EFFECTIVE_ON.key());
        }
        Versioned<MemberClaimFile> file = gate.file(command.member());
        MemberDiagnosis diagnosis = new MemberDiagnosis(
                command.member(), code, from, command.actor().id(), gate.now());
        gate.save(
                command.actor(),
                command.member(),
                file.value().adding(diagnosis),
                command.seenVersion(),
                AuditAction.DIAGNOSIS_RECORDED,
                "RPT-2 diagnosis " + code.value() + " from " + from);
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public UUID record(RecordTelehealthConsentCommand command) {
        gate.access(command.actor(), command.member(), "record telehealth consent")
                .orElseThrow(() -> new MemberNotFoundException(command.member()));
        // SVC-5: the consent itself refuses a missing date and a modality that is not telehealth.
        TelehealthConsent consent =
                new TelehealthConsent(command.member(), command.modality(), command.givenOn(), null);
        if (command.method() == null) {
            throw new ClaimRecordRefusedException(ClaimRecordRefusedException.CONSENT_METHOD_REQUIRED, "method");
        }
        if (consent.givenOn().isAfter(gate.today())) {
            throw new ClaimRecordRefusedException(ClaimRecordRefusedException.CONSENT_IN_FUTURE, Field.GIVEN_ON.key());
        }
        MemberClaimFile.StoredConsent stored = new MemberClaimFile.StoredConsent(
                UUID.randomUUID(), consent, command.method(), command.actor().id(), gate.now());
        Versioned<MemberClaimFile> file = gate.file(command.member());
        gate.save(
                command.actor(),
                command.member(),
                file.value().adding(stored),
                command.seenVersion(),
                AuditAction.TELEHEALTH_CONSENT_RECORDED,
                "SVC-5 " + consent.modality() + " consent " + command.method() + " given " + consent.givenOn());
        return stored.id();
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public void withdraw(WithdrawTelehealthConsentCommand command) {
        gate.access(command.actor(), command.member(), "withdraw telehealth consent")
                .orElseThrow(() -> new MemberNotFoundException(command.member()));
        LocalDate on = Dates.required(Field.WITHDRAWN_ON, command.withdrawnOn());
        if (on.isAfter(gate.today())) {
            throw new ClaimRecordRefusedException(
                    ClaimRecordRefusedException.WITHDRAWN_IN_FUTURE, Field.WITHDRAWN_ON.key());
        }
        Versioned<MemberClaimFile> file = gate.file(command.member());
        MemberClaimFile.StoredConsent stored = file.value().consents().stream()
                .filter(c -> c.id().equals(command.consent()))
                .findFirst()
                .orElseThrow(() -> new ClaimRecordRefusedException(
                        ClaimRecordRefusedException.CONSENT_NOT_FOUND, Field.WITHDRAWN_ON.key()));
        if (stored.consent().withdrawnOn() != null) {
            throw new ClaimRecordRefusedException(
                    ClaimRecordRefusedException.CONSENT_ALREADY_WITHDRAWN, Field.WITHDRAWN_ON.key());
        }
        TelehealthConsent consent = stored.consent();
        // SVC-5: the consent itself refuses a withdrawal dated before it was given.
        TelehealthConsent withdrawn =
                new TelehealthConsent(consent.member(), consent.modality(), consent.givenOn(), on);
        gate.save(
                command.actor(),
                command.member(),
                file.value()
                        .replacing(new MemberClaimFile.StoredConsent(
                                stored.id(), withdrawn, stored.method(), stored.recordedBy(), stored.recordedAt())),
                command.seenVersion(),
                AuditAction.TELEHEALTH_CONSENT_WITHDRAWN,
                "SVC-5 " + consent.modality() + " consent " + stored.id() + " withdrawn " + on);
    }
}
