package org.peerpath.application.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.workforce.port.in.StaffRecord;
import org.peerpath.application.workforce.port.in.SupervisorQualification;
import org.peerpath.application.workforce.port.out.BhpCredentialRepository;
import org.peerpath.application.workforce.port.out.CertificationRepository;
import org.peerpath.application.workforce.port.out.StaffRecordRepository;
import org.peerpath.application.workforce.port.out.SupervisorQualificationRepository;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CandidateQualifications;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationNumber;
import org.peerpath.credential.CertificationPath;
import org.peerpath.credential.CertificationStatus;
import org.peerpath.credential.CompletedSpecialization;
import org.peerpath.credential.ContinuingEducation;
import org.peerpath.credential.CredentialType;
import org.peerpath.credential.EthicsAffirmation;
import org.peerpath.credential.InitialTraining;
import org.peerpath.credential.LivedExperience;
import org.peerpath.credential.Specialization;
import org.peerpath.shared.Npi;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.ProgramSite;
import org.peerpath.supervision.QualificationPath;
import org.peerpath.supervision.Supervisor;

/** What every store of workforce records must do, run against the in-memory fake and against the JPA adapters. */
public abstract class WorkforceRepositoryContract {

    protected abstract StaffRecordRepository records();

    protected abstract CertificationRepository certifications();

    protected abstract SupervisorQualificationRepository supervisors();

    protected abstract BhpCredentialRepository credentials();

    /** A staff account that exists in the store. */
    protected abstract StaffId existingStaff();

    private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);

    /** A certification issued on 2024-03-01 on the initial path with every requirement met (CERT-2). */
    public static Certification issued(StaffId peer, String number) {
        CandidateQualifications candidate = new CandidateQualifications(
                LocalDate.of(1990, 5, 5),
                true,
                LivedExperience.OWN_RECOVERY,
                true,
                new EthicsAffirmation(ISSUED.minusDays(10), "2023"),
                new InitialTraining("CalMHSA training entity", ISSUED.minusDays(40), 80),
                ISSUED.minusDays(5));
        return Certification.issue(peer, new CertificationNumber(number), CertificationPath.INITIAL, candidate, ISSUED);
    }

    @Test
    void a_staff_record_starts_empty_and_keeps_npi_site_start_and_birth_date() {
        StaffId staff = existingStaff();
        Versioned<StaffRecord> empty = records().find(staff).orElseThrow();
        assertThat(empty.value()).isEqualTo(StaffRecord.EMPTY);

        String npi =
                String.valueOf(1_000_000_000L + Math.abs(staff.value().getLeastSignificantBits() % 8_999_999_999L));
        StaffRecord record = new StaffRecord(
                new Npi(npi), new ProgramSite("Westside Wellness Center"), ISSUED, LocalDate.of(1988, 1, 2));
        records().save(staff, record, empty.version());

        Versioned<StaffRecord> stored = records().find(staff).orElseThrow();
        assertThat(stored.value()).isEqualTo(record);
        assertThat(stored.version()).isGreaterThan(empty.version());
        assertThat(records().find(StaffId.newId())).isEmpty();
    }

    @Test
    void a_staff_record_saved_over_a_stale_version_is_refused() {
        StaffId staff = existingStaff();
        long seen = records().find(staff).orElseThrow().version();
        records().save(staff, new StaffRecord(null, new ProgramSite("North"), null, null), seen);

        assertThatThrownBy(() -> records().save(staff, StaffRecord.EMPTY, seen))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(records().find(staff).orElseThrow().value().programSite()).isEqualTo(new ProgramSite("North"));
    }

    @Test
    void cert4_a_certification_keeps_every_cycle_course_affirmation_specialization_sanction_and_check() {
        StaffId peer = existingStaff();
        Certification certification = issued(
                        peer, "PSS-" + peer.value().toString().substring(0, 6))
                .recordEducation(
                        new ContinuingEducation(ISSUED.plusMonths(3), "Ethics in peer work", new BigDecimal("6"), true))
                .recordEducation(new ContinuingEducation(
                        ISSUED.plusMonths(4), "Motivational interviewing", new BigDecimal("14.5"), false))
                .affirmEthics(new EthicsAffirmation(ISSUED.plusMonths(20), "2025"))
                .addSpecialization(new CompletedSpecialization(Specialization.CRISIS_SERVICES, ISSUED.plusMonths(5)))
                .recordRegistryVerification(ISSUED.plusDays(1))
                .renew(ISSUED.plusYears(2).minusDays(30), 90)
                .suspend(ISSUED.plusYears(2).plusDays(10), "Complaint under review")
                .liftSuspension(ISSUED.plusYears(2).plusDays(40))
                .revoke(ISSUED.plusYears(3), "Board decision");
        certifications().save(certification);
        Certification read = certifications().findById(certification.id()).orElseThrow();
        certifications().save(read.recordRegistryVerification(ISSUED.plusYears(2)));

        Certification stored = certifications().findByPeer(peer).getFirst();
        assertThat(stored.id()).isEqualTo(certification.id());
        assertThat(stored.number()).isEqualTo(certification.number());
        assertThat(stored.cycles()).isEqualTo(certification.cycles()).hasSize(2);
        assertThat(stored.education()).hasSize(2);
        assertThat(stored.education().get(1).hours()).isEqualByComparingTo("14.5");
        assertThat(stored.affirmations()).containsExactlyInAnyOrderElementsOf(certification.affirmations());
        assertThat(stored.specializations()).isEqualTo(certification.specializations());
        assertThat(stored.sanctions()).containsExactlyInAnyOrderElementsOf(certification.sanctions());
        assertThat(stored.lastVerifiedOn()).contains(ISSUED.plusYears(2));
        assertThat(certifications().registryVerificationsOf(certification.id()))
                .containsExactly(ISSUED.plusDays(1), ISSUED.plusYears(2));
        assertThat(stored.standingOn(ISSUED.plusYears(2).plusDays(20)).status())
                .isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(stored.standingOn(ISSUED.plusYears(3)).status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(certifications().findByPeer(existingStaff())).isEmpty();
    }

    @Test
    void a_certification_saved_from_a_stale_copy_is_refused() {
        StaffId peer = existingStaff();
        Certification first =
                issued(peer, "PSS-STALE-" + peer.value().toString().substring(0, 4));
        certifications().save(first);
        Certification seen = certifications().findById(first.id()).orElseThrow();
        certifications().save(seen.recordRegistryVerification(ISSUED.plusDays(3)));

        assertThatThrownBy(() -> certifications().save(seen.suspend(ISSUED.plusDays(5), "late")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(certifications().findById(first.id()).orElseThrow().sanctions())
                .isEmpty();
        assertThat(certifications().findById(first.id()).orElseThrow().version())
                .isGreaterThan(seen.version());
    }

    @Test
    void sup3_a_supervisor_qualification_keeps_path_evidence_start_and_training() {
        StaffId staff = existingStaff();
        assertThat(supervisors().findByStaff(staff)).isEmpty();
        Supervisor qualified = Supervisor.qualify(staff, QualificationPath.CERTIFIED_PEER, 30, ISSUED);
        supervisors()
                .save(
                        new SupervisorQualification(qualified, "PSS certificate and 2.5 years at Westside", null),
                        Versioned.NEVER_STORED);
        SupervisorQualification read = supervisors().findByStaff(staff).orElseThrow();
        supervisors()
                .save(
                        new SupervisorQualification(
                                read.supervisor().completeTraining(ISSUED.plusDays(20)), read.evidence(), "CERT-123"),
                        read.supervisor().version());

        SupervisorQualification stored = supervisors().findByStaff(staff).orElseThrow();
        assertThat(stored.supervisor().path()).isEqualTo(QualificationPath.CERTIFIED_PEER);
        assertThat(stored.supervisor().monthsOfExperience()).isEqualTo(30);
        assertThat(stored.supervisor().beganSupervisingOn()).isEqualTo(ISSUED);
        assertThat(stored.supervisor().trainingCompletedOn()).contains(ISSUED.plusDays(20));
        assertThat(stored.evidence()).isEqualTo("PSS certificate and 2.5 years at Westside");
        assertThat(stored.trainingCertificate()).isEqualTo("CERT-123");
        assertThat(stored.supervisor().version())
                .isGreaterThan(read.supervisor().version());
    }

    @Test
    void sup2_a_stale_or_second_first_qualification_is_refused() {
        StaffId staff = existingStaff();
        Supervisor qualified = Supervisor.qualify(staff, QualificationPath.DIPLOMA_AND_DIRECT_SERVICE, 50, ISSUED);
        supervisors().save(new SupervisorQualification(qualified, "Diploma", null), Versioned.NEVER_STORED);
        long seen = supervisors().findByStaff(staff).orElseThrow().supervisor().version();
        supervisors().save(new SupervisorQualification(qualified, "Diploma and four years", null), seen);

        assertThatThrownBy(() -> supervisors()
                        .save(new SupervisorQualification(qualified, "Other", null), Versioned.NEVER_STORED))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> supervisors().save(new SupervisorQualification(qualified, "Other", null), seen))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(supervisors().findByStaff(staff).orElseThrow().evidence()).isEqualTo("Diploma and four years");
    }

    @Test
    void dir1_credentials_are_kept_per_holder_and_a_stale_save_is_refused() {
        StaffId holder = existingStaff();
        Versioned<List<BhpCredential>> none = credentials().findByHolder(holder);
        assertThat(none.value()).isEmpty();
        assertThat(none.version()).isEqualTo(Versioned.NEVER_STORED);
        List<BhpCredential> list = List.of(
                new BhpCredential(
                        holder,
                        CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                        "LCSW 12345",
                        BhpCredential.CredentialStatus.CURRENT,
                        ISSUED,
                        ISSUED.plusYears(2)),
                new BhpCredential(
                        holder,
                        CredentialType.CERTIFIED_SUD_COUNSELOR,
                        "SUD-9",
                        BhpCredential.CredentialStatus.SUSPENDED,
                        ISSUED,
                        ISSUED.plusYears(2),
                        ISSUED.plusMonths(6)));
        credentials().save(holder, list, Versioned.NEVER_STORED);

        Versioned<List<BhpCredential>> stored = credentials().findByHolder(holder);
        assertThat(stored.value()).containsExactlyInAnyOrderElementsOf(list);
        assertThatThrownBy(() -> credentials().save(holder, List.of(), Versioned.NEVER_STORED))
                .isInstanceOf(ConcurrentChangeException.class);
        credentials().save(holder, List.of(list.getFirst()), stored.version());
        assertThatThrownBy(() -> credentials().save(holder, List.of(), stored.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(credentials().findByHolder(holder).value()).containsExactly(list.getFirst());
        assertThat(credentials().findByHolder(existingStaff()).value()).isEmpty();
    }
}
