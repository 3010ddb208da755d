package org.peerpath.persistence.workforce;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.screening.port.out.ScreeningStore;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.workforce.port.in.StaffRecord;
import org.peerpath.application.workforce.port.in.SupervisorQualification;
import org.peerpath.application.workforce.port.out.BhpCredentialRepository;
import org.peerpath.application.workforce.port.out.CertificationRepository;
import org.peerpath.application.workforce.port.out.StaffRecordRepository;
import org.peerpath.application.workforce.port.out.StaffingRecordRepository;
import org.peerpath.application.workforce.port.out.SupervisorQualificationRepository;
import org.peerpath.application.workforce.port.out.WorkforceRecords;
import org.peerpath.county.PeerDesignation;
import org.peerpath.county.SkillsReviews;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.Certification;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.shared.Npi;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.Supervisor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored workforce records (issue F) as the claim check (CHECK-1) and the Plan of Care co-sign (POC-2) read them.
 *
 * <p>Exclusion screening results come from the screening store (SCR-1, SCR-2); county designations (CTY-3) and skills
 * reviews (CTY-4) from the staffing records. The claim check treats none as "nothing recorded", never as "cleared".
 */
@Component
@Transactional(readOnly = true)
class WorkforceRecordsAdapter implements WorkforceRecords {

    private final CertificationRepository certifications;
    private final SupervisorQualificationRepository supervisors;
    private final BhpCredentialRepository credentials;
    private final StaffRecordRepository records;
    private final ScreeningStore screening;
    private final StaffingRecordRepository staffing;

    WorkforceRecordsAdapter(
            CertificationRepository certifications,
            SupervisorQualificationRepository supervisors,
            BhpCredentialRepository credentials,
            StaffRecordRepository records,
            ScreeningStore screening,
            StaffingRecordRepository staffing) {
        this.certifications = certifications;
        this.supervisors = supervisors;
        this.credentials = credentials;
        this.records = records;
        this.screening = screening;
        this.staffing = staffing;
    }

    @Override
    public List<Certification> certificationsOf(StaffId peer) {
        return certifications.findByPeer(peer);
    }

    @Override
    public Optional<Supervisor> supervisorRecordOf(StaffId staff) {
        return supervisors.findByStaff(staff).map(SupervisorQualification::supervisor);
    }

    @Override
    public List<BhpCredential> credentialsOf(StaffId staff) {
        return credentials.findByHolder(staff).value();
    }

    @Override
    public List<ScreeningResult> screeningOf(StaffId staff) {
        return screening.resultsOf(staff);
    }

    @Override
    public Optional<Npi> npiOf(StaffId staff) {
        return records.find(staff).map(Versioned::value).map(StaffRecord::npi);
    }

    @Override
    public List<PeerDesignation> designationsOf(StaffId peer) {
        return staffing.designationsOf(peer);
    }

    @Override
    public Optional<SkillsReviews> skillsReviewsOf(StaffId peer) {
        // CTY-4: the assessment at hire falls due on the hire date of the staff record; without one the first review
        // stands for it
        List<LocalDate> reviews = staffing.skillsReviewsOf(peer);
        LocalDate hired = records.find(peer)
                .map(Versioned::value)
                .map(StaffRecord::startedOn)
                .or(() -> reviews.stream().min(Comparator.naturalOrder()))
                .orElse(null);
        return hired == null ? Optional.empty() : Optional.of(new SkillsReviews(peer, hired, reviews));
    }
}
