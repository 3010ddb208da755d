package org.peerpath.application.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peerpath.application.claim.port.out.MemberClaimRecords;
import org.peerpath.application.plan.port.out.PlanRecords;
import org.peerpath.application.workforce.port.out.WorkforceRecords;
import org.peerpath.claim.MemberDiagnosis;
import org.peerpath.county.PeerDesignation;
import org.peerpath.county.SkillsReviews;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.Certification;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.service.TelehealthConsent;
import org.peerpath.shared.Npi;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.Supervisor;

/**
 * The records of other features the claim check reads through read ports (workforce F, Plan of Care G, and the member
 * facts not stored yet), kept in memory for tests. Answers by the asked ID only, as the real adapters must.
 */
public final class InMemoryClaimRecords implements WorkforceRecords, PlanRecords, MemberClaimRecords {

    public final List<Certification> certifications = new ArrayList<>();
    public final Map<StaffId, Supervisor> supervisors = new HashMap<>();
    public final List<BhpCredential> credentials = new ArrayList<>();
    public final List<ScreeningResult> screening = new ArrayList<>();
    public final Map<StaffId, Npi> npis = new HashMap<>();
    public final List<PeerDesignation> designations = new ArrayList<>();
    public final List<PlanOfCare> plans = new ArrayList<>();
    public final List<MemberDiagnosis> diagnoses = new ArrayList<>();
    public final List<TelehealthConsent> consents = new ArrayList<>();
    public final Set<LocalDate> holidays = new HashSet<>();

    @Override
    public List<Certification> certificationsOf(StaffId peer) {
        return certifications.stream().filter(c -> c.peer().equals(peer)).toList();
    }

    @Override
    public Optional<Supervisor> supervisorRecordOf(StaffId staff) {
        return Optional.ofNullable(supervisors.get(staff));
    }

    @Override
    public List<BhpCredential> credentialsOf(StaffId staff) {
        return credentials.stream().filter(c -> c.holder().equals(staff)).toList();
    }

    @Override
    public List<ScreeningResult> screeningOf(StaffId staff) {
        return screening.stream().filter(r -> r.person().equals(staff)).toList();
    }

    @Override
    public Optional<Npi> npiOf(StaffId staff) {
        return Optional.ofNullable(npis.get(staff));
    }

    @Override
    public List<PeerDesignation> designationsOf(StaffId peer) {
        return designations.stream().filter(d -> d.peer().equals(peer)).toList();
    }

    @Override
    public Optional<SkillsReviews> skillsReviewsOf(StaffId peer) {
        return Optional.empty();
    }

    @Override
    public List<PlanOfCare> plansOf(MemberId member) {
        return plans.stream().filter(p -> p.member().equals(member)).toList();
    }

    @Override
    public List<MemberDiagnosis> diagnosesOf(MemberId member) {
        return diagnoses.stream().filter(d -> d.member().equals(member)).toList();
    }

    @Override
    public List<TelehealthConsent> telehealthConsentsOf(MemberId member) {
        return consents.stream().filter(c -> c.member().equals(member)).toList();
    }

    @Override
    public Set<LocalDate> countyHolidays() {
        return Set.copyOf(holidays);
    }
}
