package org.peerpath.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.PeerDesignation;
import org.peerpath.county.SkillsReviews;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CredentialReferenceData;
import org.peerpath.levelofcare.Episode;
import org.peerpath.member.Member;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.service.GroupSession;
import org.peerpath.service.TelehealthConsent;
import org.peerpath.shared.Npi;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.DirectingBhpAssignment;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.Recommendation;
import org.peerpath.supervision.Supervisor;

/**
 * Everything the claim check reads besides the service itself (CHECK-1). Lists may hold more than this member's and
 * this peer's records; the check picks what applies. Dated records are read for the date of service.
 *
 * @param certifications the peer's certifications (CERT-1, CERT-4)
 * @param supervision the peer's supervision history (SUP-1)
 * @param supervisors qualification records of supervisors (SUP-2, SUP-3)
 * @param credentials BHP credentials of supervisors and directing BHPs (DIR-1, DIR-2)
 * @param referenceData which credential types may direct and recommend (DIR-1, DIR-3)
 * @param directingBhps directing BHP assignments (SUP-4, DIR-2)
 * @param recommendations recommendations for the member (DIR-3)
 * @param designations county peer designations (CTY-3)
 * @param skillsReviews the peer's skills reviews where the county asks for them (CTY-4)
 * @param episodes the member's level-of-care episodes (LOC-2, CTY-2)
 * @param plans every version of the member's Plan of Care (POC-1, POC-4)
 * @param telehealthConsents the member's telehealth consents (SVC-5)
 * @param screening screening results of the peer, supervisor and BHPs (SCR-1, SCR-2)
 * @param group the group session of a group service (GRP-3)
 * @param renderingNpi the peer's NPI (RPT-2)
 * @param diagnosis the member's diagnosis for claims (RPT-2)
 * @param holidays county holidays skipped when counting business days (SVC-8)
 */
public record ClaimFacts(
        Member member,
        CountyPolicyProfile county,
        List<Certification> certifications,
        PeerSupervision supervision,
        List<Supervisor> supervisors,
        List<BhpCredential> credentials,
        CredentialReferenceData referenceData,
        List<DirectingBhpAssignment> directingBhps,
        List<Recommendation> recommendations,
        List<PeerDesignation> designations,
        @Nullable SkillsReviews skillsReviews,
        List<Episode> episodes,
        List<PlanOfCare> plans,
        List<TelehealthConsent> telehealthConsents,
        List<ScreeningResult> screening,
        @Nullable GroupSession group,
        @Nullable Npi renderingNpi,
        @Nullable DiagnosisCode diagnosis,
        Set<LocalDate> holidays) {

    public ClaimFacts {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(supervision, "supervision");
        if (member.county() != county.county()) {
            throw new IllegalArgumentException("the county profile must be the member's county");
        }
        certifications = List.copyOf(certifications);
        supervisors = List.copyOf(supervisors);
        credentials = List.copyOf(credentials);
        Objects.requireNonNull(referenceData, "referenceData");
        directingBhps = List.copyOf(directingBhps);
        recommendations = List.copyOf(recommendations);
        designations = List.copyOf(designations);
        episodes = List.copyOf(episodes);
        plans = List.copyOf(plans);
        telehealthConsents = List.copyOf(telehealthConsents);
        screening = List.copyOf(screening);
        holidays = Set.copyOf(holidays);
    }

    Optional<Supervisor> supervisor(StaffId staff) {
        return supervisors.stream().filter(s -> s.staff().equals(staff)).findFirst();
    }
}
