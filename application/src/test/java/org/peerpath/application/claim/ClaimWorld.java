package org.peerpath.application.claim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.claim.port.in.ClaimCheckQuery;
import org.peerpath.application.county.InMemoryCountyProfiles;
import org.peerpath.application.levelofcare.InMemoryEpisodes;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.InMemoryMembers;
import org.peerpath.application.recommendation.InMemoryRecommendations;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.claim.DiagnosisCode;
import org.peerpath.claim.MemberDiagnosis;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CandidateQualifications;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationNumber;
import org.peerpath.credential.CertificationPath;
import org.peerpath.credential.CredentialType;
import org.peerpath.credential.EthicsAffirmation;
import org.peerpath.credential.InitialTraining;
import org.peerpath.credential.LivedExperience;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalId;
import org.peerpath.levelofcare.Episode;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.Language;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.plan.AmountDurationScope;
import org.peerpath.plan.Authorship;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.SignOffAuthority;
import org.peerpath.screening.ScreeningList;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Npi;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.QualificationPath;
import org.peerpath.supervision.Recommendation;
import org.peerpath.supervision.Supervisor;

/**
 * Every port the claim-facts assembly reads, in memory, with helpers that store a complete set of facts for one member
 * and one peer: a Yolo SMHS member enrolled since June 2025, served by a certified, supervised peer, with a complete
 * Plan of Care, a recommendation, an open outpatient episode and a diagnosis. Services on 14 Oct 2026 are then READY.
 */
public final class ClaimWorld {

    public static final LocalDate SINCE = LocalDate.of(2025, 6, 1);
    public static final LocalDate OPTED_IN_ON = LocalDate.of(2024, 7, 1);

    public final Clock clock = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);
    public final InMemoryMembers members = new InMemoryMembers(id -> "Peer");
    public final InMemoryCountyProfiles counties = new InMemoryCountyProfiles();
    public final InMemoryEpisodes episodes = new InMemoryEpisodes();
    public final InMemoryRecommendations recommendations = new InMemoryRecommendations();
    public final InMemoryOversight oversight = new InMemoryOversight();
    public final InMemoryClaimRecords records = new InMemoryClaimRecords();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    public final CareTeamRule careTeam =
            new CareTeamRule(oversight.supervisions(), oversight.directions(), recommendations);
    public final ClaimFactsSource facts = new ClaimFactsAssembly(
            members,
            counties,
            episodes,
            recommendations,
            oversight.supervisions(),
            oversight.directions(),
            records,
            records,
            records);
    public final ClaimCheckQuery checks = new ClaimCheckQueryService(members, careTeam, facts, audit, clock);

    public ClaimWorld() {
        counties.save(CountyPolicyProfile.establish(County.YOLO)
                .optIn(DeliverySystem.SMHS, OPTED_IN_ON)
                .optIn(DeliverySystem.DMC_ODS, OPTED_IN_ON)
                .approveRate(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS, OPTED_IN_ON)
                .approveRate(LevelOfCare.ASAM_1_0, DeliverySystem.DMC_ODS, OPTED_IN_ON));
    }

    public static Actor actor(Role role) {
        return new Actor(StaffId.newId(), role.name().toLowerCase(), Set.of(role));
    }

    /** A member of {@code peer}'s caseload, enrolled in SMHS and DMC-ODS since June 2025. */
    public Member member(StaffId peer, String given) {
        return member(peer, given, County.YOLO);
    }

    /** A member of {@code peer}'s caseload living in {@code county}, enrolled as {@link #member(StaffId, String)}. */
    public Member member(StaffId peer, String given, County county) {
        Member member = Member.enroll(
                        new PersonName(given, "Claimworld"),
                        LocalDate.of(1988, 3, 9),
                        TestMembers.freshCin(),
                        county,
                        EnumSet.of(DeliverySystem.SMHS, DeliverySystem.DMC_ODS),
                        new Language("English"),
                        SINCE)
                .assignPrimaryPeer(peer);
        members.save(member);
        return members.findById(member.id()).orElseThrow();
    }

    /** The peer is certified, supervised by a qualified BHP supervisor, screened clear and has an NPI. */
    public StaffId completePeer(StaffId peer) {
        StaffId supervisor = StaffId.newId();
        records.certifications.add(certification(peer, LocalDate.of(2025, 3, 1)));
        PeerSupervision supervision = PeerSupervision.of(peer).assign(supervisor, LocalDate.of(2025, 1, 1), null, null);
        oversight
                .supervisions()
                .save(supervision, oversight.supervisions().findByPeer(peer).version());
        records.supervisors.put(
                supervisor,
                Supervisor.qualify(
                                supervisor,
                                QualificationPath.BEHAVIORAL_HEALTH_PROFESSIONAL,
                                36,
                                LocalDate.of(2025, 1, 1))
                        .completeTraining(LocalDate.of(2025, 2, 1)));
        records.credentials.add(new BhpCredential(
                supervisor,
                CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                "LCSW 12345",
                BhpCredential.CredentialStatus.CURRENT,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2029, 1, 1)));
        for (StaffId person : new StaffId[] {peer, supervisor}) {
            for (ScreeningList list : ScreeningList.values()) {
                records.screening.add(ScreeningResult.clear(person, list, LocalDate.of(2025, 5, 1)));
            }
        }
        records.npis.put(peer, new Npi("1234567893"));
        return supervisor;
    }

    /** The member's care: a complete plan, a recommendation and an open outpatient episode under SMHS, a diagnosis. */
    public void completeCare(MemberId member, StaffId peer, StaffId supervisor) {
        PeerSupervision supervision = oversight.supervisions().findByPeer(peer).value();
        SignOffAuthority authority = new SignOffAuthority(
                supervision, records.supervisors.values().stream().toList(), records.screening, 60, 45, false);
        records.plans.add(PlanOfCare.draft(member, peer, new Authorship.ByPeer(), "")
                .describeServices(new AmountDurationScope("Up to 4 units a week", "12 months", "Engagement"))
                .addGoal(new Goal(
                        GoalId.newId(),
                        "I want to get back to work",
                        "Days worked per week",
                        "3 days",
                        LocalDate.of(2027, 6, 1)))
                .sign(peer, LocalDate.of(2026, 1, 15))
                .cosign(supervisor, LocalDate.of(2026, 1, 16), authority));
        recommendations.save(
                member,
                java.util.List.of(new Recommendation(
                        member,
                        DeliverySystem.SMHS,
                        StaffId.newId(),
                        CredentialType.PHYSICIAN,
                        LocalDate.of(2026, 1, 10),
                        null)),
                recommendations.findByMember(member).version());
        episodes.save(
                member,
                java.util.List.of(new Episode(
                        member, DeliverySystem.SMHS, LevelOfCare.SMHS_OUTPATIENT, LocalDate.of(2026, 1, 1), null)),
                episodes.findByMember(member).version());
        records.diagnoses.add(new MemberDiagnosis(
                member, new DiagnosisCode("F33.1"), LocalDate.of(2026, 1, 1), supervisor, clock.instant()));
    }

    static Certification certification(StaffId peer, LocalDate issuedOn) {
        return Certification.issue(
                peer,
                new CertificationNumber("PSS-000123"),
                CertificationPath.INITIAL,
                new CandidateQualifications(
                        LocalDate.of(1985, 5, 5),
                        true,
                        LivedExperience.OWN_RECOVERY,
                        true,
                        new EthicsAffirmation(issuedOn.minusDays(10), "2024"),
                        new InitialTraining("Peer Training Institute", issuedOn.minusDays(20), 80),
                        issuedOn.minusDays(5)),
                issuedOn);
    }
}
