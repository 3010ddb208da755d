package org.peerpath.persistence.workforce;

import java.util.List;
import java.util.Optional;
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

/**
 * Workforce records are not stored yet (issue F): every person has none, so the claim check reports the missing
 * certification (CERT-1) rather than assuming one. Replaced by the JPA adapter of the workforce records.
 */
@Component
class PendingWorkforceRecords implements WorkforceRecords {

    @Override
    public List<Certification> certificationsOf(StaffId peer) {
        return List.of();
    }

    @Override
    public Optional<Supervisor> supervisorRecordOf(StaffId staff) {
        return Optional.empty();
    }

    @Override
    public List<BhpCredential> credentialsOf(StaffId staff) {
        return List.of();
    }

    @Override
    public List<ScreeningResult> screeningOf(StaffId staff) {
        return List.of();
    }

    @Override
    public Optional<Npi> npiOf(StaffId staff) {
        return Optional.empty();
    }

    @Override
    public List<PeerDesignation> designationsOf(StaffId peer) {
        return List.of();
    }

    @Override
    public Optional<SkillsReviews> skillsReviewsOf(StaffId peer) {
        return Optional.empty();
    }
}
