package org.peerpath.application.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peerpath.application.claim.port.out.MemberClaimRecords;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.levelofcare.port.out.EpisodeRepository;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.plan.port.out.PlanRecords;
import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.application.supervision.port.out.RecommendationRepository;
import org.peerpath.application.workforce.port.out.WorkforceRecords;
import org.peerpath.claim.ClaimFacts;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CredentialReferenceData;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.DirectingBhpAssignment;
import org.peerpath.supervision.PeerDirection;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.SupervisionAssignment;
import org.peerpath.supervision.Supervisor;
import org.springframework.stereotype.Component;

/**
 * D.5, CHECK-1: builds the claim facts of one member and one peer from what is stored, asking every port by that
 * member's or that peer's ID only, so another member's plan, episode or recommendation and another peer's
 * certification never reach a rule. Dated records come whole (every enrollment, opt-in, episode, assignment with its
 * dates): the rules read them for the date of service, so a change stored today never alters an earlier answer.
 * Supervisors and directing BHPs are every one in the peer's history, since which one counts depends on that date.
 */
@Component
class ClaimFactsAssembly implements ClaimFactsSource {

    private final MemberRepository members;
    private final CountyProfileRepository counties;
    private final EpisodeRepository episodes;
    private final RecommendationRepository recommendations;
    private final PeerSupervisionRepository supervision;
    private final PeerDirectionRepository direction;
    private final WorkforceRecords workforce;
    private final PlanRecords plans;
    private final MemberClaimRecords memberRecords;

    ClaimFactsAssembly(
            MemberRepository members,
            CountyProfileRepository counties,
            EpisodeRepository episodes,
            RecommendationRepository recommendations,
            PeerSupervisionRepository supervision,
            PeerDirectionRepository direction,
            WorkforceRecords workforce,
            PlanRecords plans,
            MemberClaimRecords memberRecords) {
        this.members = members;
        this.counties = counties;
        this.episodes = episodes;
        this.recommendations = recommendations;
        this.supervision = supervision;
        this.direction = direction;
        this.workforce = workforce;
        this.plans = plans;
        this.memberRecords = memberRecords;
    }

    @Override
    public ClaimFacts factsFor(MemberId id, StaffId peer) {
        Member member = members.findById(id).orElseThrow(() -> new MemberNotFoundException(id));
        PeerSupervision supervised = supervision.findByPeer(peer).value();
        PeerDirection directed = direction.findByPeer(peer).value();
        Set<StaffId> supervisorIds = new LinkedHashSet<>();
        supervised.assignments().stream().map(SupervisionAssignment::supervisor).forEach(supervisorIds::add);
        Set<StaffId> bhpIds = new LinkedHashSet<>();
        directed.assignments().stream().map(DirectingBhpAssignment::bhp).forEach(bhpIds::add);

        List<Supervisor> supervisors = new ArrayList<>();
        supervisorIds.forEach(s -> workforce.supervisorRecordOf(s).ifPresent(supervisors::add));
        Set<StaffId> overseers = new LinkedHashSet<>(supervisorIds);
        overseers.addAll(bhpIds);
        List<BhpCredential> credentials = new ArrayList<>();
        overseers.forEach(s -> credentials.addAll(workforce.credentialsOf(s)));
        Set<StaffId> screened = new LinkedHashSet<>(List.of(peer));
        screened.addAll(overseers);
        List<ScreeningResult> screening = new ArrayList<>();
        screened.forEach(s -> screening.addAll(workforce.screeningOf(s)));

        return ClaimFacts.forMember(member, countyOf(member))
                .peer(peer, supervised)
                .certifications(workforce.certificationsOf(peer))
                .supervisors(supervisors)
                .credentials(credentials, CredentialReferenceData.defaults())
                .directingBhps(directed.assignments())
                .recommendations(recommendations.findByMember(id).value())
                .designations(workforce.designationsOf(peer))
                .skillsReviews(workforce.skillsReviewsOf(peer).orElse(null))
                .episodes(episodes.findByMember(id).value())
                .plans(plans.plansOf(id))
                .telehealthConsents(memberRecords.telehealthConsentsOf(id))
                .screening(screening)
                .claimLine(workforce.npiOf(peer).orElse(null), memberRecords.diagnosesOf(id))
                .holidays(memberRecords.countyHolidays())
                .build();
    }

    /** CTY-1: a county with no profile set up has opted into nothing, so the check says so instead of failing. */
    private CountyPolicyProfile countyOf(Member member) {
        return counties.find()
                .filter(profile -> profile.county() == member.county())
                .orElseGet(() -> CountyPolicyProfile.establish(member.county()));
    }
}
