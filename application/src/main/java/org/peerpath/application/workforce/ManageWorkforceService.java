package org.peerpath.application.workforce;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.workforce.port.in.CertificationChange;
import org.peerpath.application.workforce.port.in.ChangeCertificationCommand;
import org.peerpath.application.workforce.port.in.ChangeCertificationUseCase;
import org.peerpath.application.workforce.port.in.ChangeStaffRecordCommand;
import org.peerpath.application.workforce.port.in.ChangeStaffRecordUseCase;
import org.peerpath.application.workforce.port.in.QualifySupervisorCommand;
import org.peerpath.application.workforce.port.in.QualifySupervisorUseCase;
import org.peerpath.application.workforce.port.in.RecordBhpCredentialCommand;
import org.peerpath.application.workforce.port.in.RecordBhpCredentialUseCase;
import org.peerpath.application.workforce.port.in.RecordCertificationCommand;
import org.peerpath.application.workforce.port.in.RecordCertificationUseCase;
import org.peerpath.application.workforce.port.in.StaffRecord;
import org.peerpath.application.workforce.port.in.SupervisorQualification;
import org.peerpath.application.workforce.port.in.WorkforceInputException;
import org.peerpath.application.workforce.port.out.BhpCredentialRepository;
import org.peerpath.application.workforce.port.out.CertificationRepository;
import org.peerpath.application.workforce.port.out.StaffRecordRepository;
import org.peerpath.application.workforce.port.out.SupervisorQualificationRepository;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CandidateQualifications;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationCycle;
import org.peerpath.credential.CertificationId;
import org.peerpath.credential.CertificationNumber;
import org.peerpath.credential.CompletedSpecialization;
import org.peerpath.credential.ContinuingEducation;
import org.peerpath.credential.EthicsAffirmation;
import org.peerpath.credential.InitialTraining;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.Npi;
import org.peerpath.shared.Role;
import org.peerpath.supervision.ProgramSite;
import org.peerpath.supervision.Supervisor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a workforce record: refuse a stale screen, let the domain decide, store, and audit who changed what
 * (the audit detail names the rule and the dates, never a date of birth).
 */
@Service
@Transactional
class ManageWorkforceService
        implements ChangeStaffRecordUseCase,
                RecordCertificationUseCase,
                ChangeCertificationUseCase,
                QualifySupervisorUseCase,
                RecordBhpCredentialUseCase {

    private static final String REQUIRED = "workforce.error.required";

    private final StaffRecordRepository records;
    private final CertificationRepository certifications;
    private final SupervisorQualificationRepository supervisors;
    private final BhpCredentialRepository credentials;
    private final CountyProfileRepository countyProfiles;
    private final AuditTrail audit;
    private final Clock clock;

    ManageWorkforceService(
            StaffRecordRepository records,
            CertificationRepository certifications,
            SupervisorQualificationRepository supervisors,
            BhpCredentialRepository credentials,
            CountyProfileRepository countyProfiles,
            AuditTrail audit,
            Clock clock) {
        this.records = records;
        this.certifications = certifications;
        this.supervisors = supervisors;
        this.credentials = credentials;
        this.countyProfiles = countyProfiles;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void change(ChangeStaffRecordCommand command) {
        StaffRecord record = new StaffRecord(
                blank(command.npi()) ? null : new Npi(command.npi()),
                blank(command.programSite()) ? null : new ProgramSite(command.programSite()),
                command.startedOn(),
                command.dateOfBirth());
        if (record.dateOfBirth() != null && record.dateOfBirth().isAfter(Clocks.today(clock))) {
            throw new WorkforceInputException(Field.DATE_OF_BIRTH.key(), "workforce.error.birth-in-future");
        }
        records.save(command.staff(), record, command.seenVersion());
        audit(command.actor(), AuditAction.STAFF_RECORD_CHANGED, "staff " + command.staff() + " record (RPT-2, CTY-5)");
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public CertificationId record(RecordCertificationCommand command) {
        StaffRecord record = records.find(command.peer())
                .orElseThrow(() -> new ConcurrentChangeException("staff record"))
                .value();
        if (command.path() == null) {
            throw new WorkforceInputException("path", REQUIRED);
        }
        CertificationNumber number = new CertificationNumber(command.number());
        Dates.required(Field.ISSUED_ON, command.issuedOn());
        CertificationCycle cycle = command.expiresOn() == null
                ? CertificationCycle.from(command.issuedOn())
                : new CertificationCycle(command.issuedOn(), command.expiresOn());
        if (record.dateOfBirth() == null) {
            throw new WorkforceInputException("issuedOn", "workforce.error.birth-date-missing");
        }
        RecordCertificationCommand.Candidate c = command.candidate();
        InitialTraining training = blank(c.trainingEntity()) && c.trainingCompletedOn() == null
                ? null
                : new InitialTraining(c.trainingEntity(), c.trainingCompletedOn(), c.trainingHours());
        CandidateQualifications candidate = new CandidateQualifications(
                record.dateOfBirth(),
                c.highSchoolDiploma(),
                c.livedExperience(),
                c.willingToShare(),
                new EthicsAffirmation(c.ethicsSignedOn(), c.codeVersion()),
                training,
                c.examPassedOn());
        Certification certification = Certification.issue(command.peer(), number, command.path(), candidate, cycle);
        certifications.save(certification);
        audit(
                command.actor(),
                AuditAction.CERTIFICATION_RECORDED,
                "CERT-2 certification " + number.value() + " of staff " + command.peer() + " issued " + cycle.startsOn()
                        + " expires " + cycle.expiresOn());
        return certification.id();
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void change(ChangeCertificationCommand command) {
        Certification stored = certifications
                .findById(command.certification())
                .orElseThrow(() -> new ConcurrentChangeException("certification"));
        if (stored.version() != command.seenVersion()) {
            throw new ConcurrentChangeException("certification");
        }
        CountySettings settings = settings();
        Certification changed =
                switch (command.change()) {
                    case CertificationChange.RecordCourse c ->
                        stored.recordEducation(
                                new ContinuingEducation(c.completedOn(), c.course(), c.hours(), c.lawAndEthics()));
                    case CertificationChange.AffirmEthics c ->
                        stored.affirmEthics(new EthicsAffirmation(c.signedOn(), c.codeVersion()));
                    case CertificationChange.AddSpecialization c -> {
                        if (c.specialization() == null) {
                            throw new WorkforceInputException(Field.SPECIALIZATION.key(), REQUIRED);
                        }
                        yield stored.addSpecialization(
                                new CompletedSpecialization(c.specialization(), c.completedOn()));
                    }
                    case CertificationChange.Suspend c ->
                        stored.suspend(Dates.required(Field.EFFECTIVE_ON, c.effectiveOn()), reason(c.reason()));
                    case CertificationChange.LiftSuspension c ->
                        stored.liftSuspension(Dates.required(Field.LIFTED_ON, c.liftedOn()));
                    case CertificationChange.Revoke c ->
                        stored.revoke(Dates.required(Field.EFFECTIVE_ON, c.effectiveOn()), reason(c.reason()));
                    case CertificationChange.VerifyRegistry c ->
                        stored.recordRegistryVerification(Dates.required(Field.VERIFIED_ON, c.verifiedOn()));
                    case CertificationChange.Renew c ->
                        stored.renew(
                                Dates.required(Field.STARTS_ON, c.renewedOn()),
                                settings.renewalWindowDays(),
                                c.registryExpiresOn());
                    case CertificationChange.Reinstate c -> {
                        if (c.basis() == null) {
                            throw new WorkforceInputException("basis", REQUIRED);
                        }
                        yield stored.reinstate(Dates.required(Field.REINSTATED_ON, c.reinstatedOn()), c.basis());
                    }
                };
        certifications.save(changed);
        audit(
                command.actor(),
                AuditAction.CERTIFICATION_CHANGED,
                "certification " + stored.number().value() + " of staff " + stored.peer() + ": "
                        + describe(command.change()));
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void qualify(QualifySupervisorCommand command) {
        if (command.monthsOfExperience() == null || command.monthsOfExperience() < 0) {
            throw new WorkforceInputException(Field.MONTHS_OF_EXPERIENCE.key(), "workforce.error.months");
        }
        Supervisor supervisor = Supervisor.qualify(
                command.staff(), command.path(), command.monthsOfExperience(), command.beganSupervisingOn());
        if (command.trainingCompletedOn() != null) {
            if (command.trainingCompletedOn().isAfter(Clocks.today(clock))) {
                throw new WorkforceInputException(
                        Field.TRAINING_COMPLETED_ON.key(), "workforce.error.training-in-future");
            }
            supervisor = supervisor.completeTraining(command.trainingCompletedOn());
        }
        supervisors.save(
                new SupervisorQualification(supervisor, command.evidence(), command.trainingCertificate()),
                command.seenVersion());
        audit(
                command.actor(),
                AuditAction.SUPERVISOR_QUALIFIED,
                "SUP-2 staff " + command.staff() + " path " + command.path() + " began " + command.beganSupervisingOn()
                        + " training "
                        + (command.trainingCompletedOn() == null ? "not done" : command.trainingCompletedOn()));
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void record(RecordBhpCredentialCommand command) {
        BhpCredential credential = new BhpCredential(
                command.holder(),
                command.type(),
                command.number(),
                command.status(),
                command.issuedOn(),
                command.expiresOn(),
                command.statusSince());
        Versioned<List<BhpCredential>> stored = credentials.findByHolder(command.holder());
        if (stored.version() != command.seenVersion()) {
            throw new ConcurrentChangeException("BHP credentials");
        }
        List<BhpCredential> updated = new ArrayList<>(stored.value());
        updated.removeIf(c -> c.type() == credential.type() && c.number().equals(credential.number()));
        updated.add(credential);
        credentials.save(command.holder(), updated, command.seenVersion());
        audit(
                command.actor(),
                AuditAction.BHP_CREDENTIAL_RECORDED,
                "DIR-1 staff " + command.holder() + " " + credential.type() + " " + credential.number() + " "
                        + credential.status());
    }

    private CountySettings settings() {
        return countyProfiles.find().map(CountyPolicyProfile::settings).orElseGet(CountySettings::defaults);
    }

    private void audit(Actor actor, AuditAction action, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, null, detail));
    }

    private static String reason(@Nullable String reason) {
        if (blank(reason)) {
            throw new WorkforceInputException(Field.REASON.key(), "workforce.error.reason-required");
        }
        return reason;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String describe(CertificationChange change) {
        return switch (change) {
            case CertificationChange.RecordCourse c ->
                "CERT-6 course " + c.hours() + " h on " + c.completedOn() + (c.lawAndEthics() ? " law and ethics" : "");
            case CertificationChange.AffirmEthics c -> "CERT-6 affirmation signed " + c.signedOn();
            case CertificationChange.AddSpecialization c -> "CERT-8 specialization " + c.specialization();
            case CertificationChange.Suspend c -> "CERT-4 suspended from " + c.effectiveOn();
            case CertificationChange.LiftSuspension c -> "CERT-4 suspension lifted " + c.liftedOn();
            case CertificationChange.Revoke c -> "CERT-4 revoked from " + c.effectiveOn();
            case CertificationChange.VerifyRegistry c -> "CERT-9 registry checked " + c.verifiedOn();
            case CertificationChange.Renew c -> "CERT-5 renewed " + c.renewedOn();
            case CertificationChange.Reinstate c -> "CERT-7 reinstated " + c.reinstatedOn() + " " + c.basis();
        };
    }
}
