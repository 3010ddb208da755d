package org.peerpath.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.PeerDesignation;
import org.peerpath.county.SkillsReviews;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CredentialReferenceData;
import org.peerpath.levelofcare.Episode;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
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
 * Everything the claim check reads besides the service itself (CHECK-1), built for exactly one member and one peer:
 * a record of another member or another peer is refused here, so no rule filters by member or peer again. Dated
 * records are read for the date of service. Build with {@code ClaimFacts.forMember(member, county).peer(peer,
 * supervision)…build()}.
 *
 * @param member the service's member
 * @param county the member's county profile (CTY)
 * @param peer the peer who rendered the service
 * @param certifications the peer's certifications (CERT-1, CERT-4)
 * @param supervision the peer's supervision history (SUP-1)
 * @param supervisors qualification records of supervisors (SUP-2, SUP-3)
 * @param credentials BHP credentials of supervisors and directing BHPs (DIR-1, DIR-2)
 * @param referenceData which credential types may direct and recommend (DIR-1, DIR-3)
 * @param directingBhps the peer's directing BHP assignments (SUP-4, DIR-2)
 * @param recommendations recommendations for the member (DIR-3)
 * @param designations the peer's county designations (CTY-3)
 * @param skillsReviews the peer's skills reviews where the county asks for them (CTY-4)
 * @param episodes the member's level-of-care episodes (LOC-2, CTY-2)
 * @param plans every version of the member's Plan of Care (POC-1, POC-4)
 * @param telehealthConsents the member's telehealth consents (SVC-5)
 * @param screening screening results of the peer, supervisor and BHPs (SCR-1, SCR-2)
 * @param group the group session of a group service (GRP-1, GRP-3)
 * @param renderingNpi the peer's NPI (RPT-2)
 * @param diagnoses the member's dated diagnoses for claims; a service carries the one in force on its date (RPT-2)
 * @param holidays county holidays skipped when counting business days (SVC-8)
 */
public record ClaimFacts(
        Member member,
        CountyPolicyProfile county,
        StaffId peer,
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
        List<MemberDiagnosis> diagnoses,
        Set<LocalDate> holidays) {

    public ClaimFacts {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(supervision, "supervision");
        Objects.requireNonNull(referenceData, "referenceData");
        if (member.county() != county.county()) {
            throw new IllegalArgumentException("the county profile must be the member's county");
        }
        MemberId id = member.id();
        // the scoping: only this member's and this peer's records, so that no rule has to filter again
        certifications = only(certifications, Certification::peer, peer, "certifications");
        requireSame(supervision.peer(), peer, "supervision");
        supervisors = List.copyOf(supervisors);
        credentials = List.copyOf(credentials);
        directingBhps = only(directingBhps, DirectingBhpAssignment::peer, peer, "directing BHP assignments");
        recommendations = only(recommendations, Recommendation::member, id, "recommendations");
        designations = only(designations, PeerDesignation::peer, peer, "designations");
        if (skillsReviews != null) {
            requireSame(skillsReviews.peer(), peer, "skills reviews");
        }
        episodes = only(episodes, Episode::member, id, "episodes");
        plans = only(plans, PlanOfCare::member, id, "plans");
        telehealthConsents = only(telehealthConsents, TelehealthConsent::member, id, "telehealth consents");
        diagnoses = only(diagnoses, MemberDiagnosis::member, id, "diagnoses");
        screening = List.copyOf(screening);
        holidays = Set.copyOf(holidays);
    }

    /** RPT-2: the member's diagnosis in force on {@code day}, none before the first one recorded takes effect. */
    public Optional<DiagnosisCode> diagnosisOn(LocalDate day) {
        return MemberDiagnosis.inForceOn(diagnoses, day).map(MemberDiagnosis::code);
    }

    /** Starts the facts of {@code member}, whose county profile is {@code county}. */
    public static Builder forMember(Member member, CountyPolicyProfile county) {
        return new Builder(member, county);
    }

    Optional<Supervisor> supervisor(StaffId staff) {
        return supervisors.stream().filter(s -> s.staff().equals(staff)).findFirst();
    }

    private static <T, K> List<T> only(List<T> records, Function<T, K> owner, K expected, String what) {
        records.forEach(r -> requireSame(owner.apply(r), expected, what));
        return List.copyOf(records);
    }

    private static void requireSame(Object owner, Object expected, String what) {
        if (!owner.equals(expected)) {
            throw new IllegalArgumentException(
                    "the " + what + " must be the service's member's or peer's only; got one of " + owner);
        }
    }

    /** GRP-1, GRP-3: the same facts with the group session a group service came from. */
    public ClaimFacts withGroup(@Nullable GroupSession session) {
        return new ClaimFacts(
                member,
                county,
                peer,
                certifications,
                supervision,
                supervisors,
                credentials,
                referenceData,
                directingBhps,
                recommendations,
                designations,
                skillsReviews,
                episodes,
                plans,
                telehealthConsents,
                screening,
                session,
                renderingNpi,
                diagnoses,
                holidays);
    }

    /** Collects the facts of one member; {@link #peer} names the peer, the rest is optional. */
    public static final class Builder {
        private final Member member;
        private final CountyPolicyProfile county;
        private @Nullable StaffId peer;
        private @Nullable PeerSupervision supervision;
        private List<Certification> certifications = List.of();
        private List<Supervisor> supervisors = List.of();
        private List<BhpCredential> credentials = List.of();
        private CredentialReferenceData referenceData = CredentialReferenceData.defaults();
        private List<DirectingBhpAssignment> directingBhps = List.of();
        private List<Recommendation> recommendations = List.of();
        private List<PeerDesignation> designations = List.of();
        private @Nullable SkillsReviews skillsReviews;
        private List<Episode> episodes = List.of();
        private List<PlanOfCare> plans = List.of();
        private List<TelehealthConsent> telehealthConsents = List.of();
        private List<ScreeningResult> screening = List.of();
        private @Nullable GroupSession group;
        private @Nullable Npi renderingNpi;
        private List<MemberDiagnosis> diagnoses = List.of();
        private Set<LocalDate> holidays = Set.of();

        private Builder(Member member, CountyPolicyProfile county) {
            this.member = Objects.requireNonNull(member, "member");
            this.county = Objects.requireNonNull(county, "county");
        }

        /** The peer who rendered the service, with their supervision history (SUP-1). */
        public Builder peer(StaffId renderingPeer, PeerSupervision peerSupervision) {
            this.peer = renderingPeer;
            this.supervision = peerSupervision;
            return this;
        }

        public Builder certifications(List<Certification> list) {
            this.certifications = list;
            return this;
        }

        public Builder supervisors(List<Supervisor> list) {
            this.supervisors = list;
            return this;
        }

        public Builder credentials(List<BhpCredential> list, CredentialReferenceData data) {
            this.credentials = list;
            this.referenceData = data;
            return this;
        }

        public Builder directingBhps(List<DirectingBhpAssignment> list) {
            this.directingBhps = list;
            return this;
        }

        public Builder recommendations(List<Recommendation> list) {
            this.recommendations = list;
            return this;
        }

        public Builder designations(List<PeerDesignation> list) {
            this.designations = list;
            return this;
        }

        public Builder skillsReviews(@Nullable SkillsReviews reviews) {
            this.skillsReviews = reviews;
            return this;
        }

        public Builder episodes(List<Episode> list) {
            this.episodes = list;
            return this;
        }

        public Builder plans(List<PlanOfCare> list) {
            this.plans = list;
            return this;
        }

        public Builder telehealthConsents(List<TelehealthConsent> list) {
            this.telehealthConsents = list;
            return this;
        }

        public Builder screening(List<ScreeningResult> list) {
            this.screening = list;
            return this;
        }

        public Builder group(@Nullable GroupSession session) {
            this.group = session;
            return this;
        }

        /** RPT-2: what the claim line needs besides the service: the peer's NPI, the member's dated diagnoses. */
        public Builder claimLine(@Nullable Npi npi, List<MemberDiagnosis> memberDiagnoses) {
            this.renderingNpi = npi;
            this.diagnoses = memberDiagnoses;
            return this;
        }

        public Builder holidays(Set<LocalDate> days) {
            this.holidays = days;
            return this;
        }

        public ClaimFacts build() {
            return new ClaimFacts(
                    member,
                    county,
                    Objects.requireNonNull(peer, "peer"),
                    certifications,
                    Objects.requireNonNull(supervision, "supervision"),
                    supervisors,
                    credentials,
                    referenceData,
                    directingBhps,
                    recommendations,
                    designations,
                    skillsReviews,
                    episodes,
                    plans,
                    telehealthConsents,
                    screening,
                    group,
                    renderingNpi,
                    diagnoses,
                    holidays);
        }
    }
}
