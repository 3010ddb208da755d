package org.peerpath.application.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Supervisor qualifications as the workforce feature (issue F) stores them, for the co-sign tests. */
final class FakeWorkforce implements WorkforceRecords {

    private final Map<StaffId, Supervisor> supervisors = new HashMap<>();
    private final Map<StaffId, List<ScreeningResult>> screening = new HashMap<>();

    FakeWorkforce qualified(Supervisor supervisor) {
        supervisors.put(supervisor.staff(), supervisor);
        return this;
    }

    FakeWorkforce screened(StaffId person, List<ScreeningResult> results) {
        screening.put(person, results);
        return this;
    }

    @Override
    public List<Certification> certificationsOf(StaffId peer) {
        return List.of();
    }

    @Override
    public Optional<Supervisor> supervisorRecordOf(StaffId staff) {
        return Optional.ofNullable(supervisors.get(staff));
    }

    @Override
    public List<BhpCredential> credentialsOf(StaffId staff) {
        return List.of();
    }

    @Override
    public List<ScreeningResult> screeningOf(StaffId staff) {
        return screening.getOrDefault(staff, List.of());
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
