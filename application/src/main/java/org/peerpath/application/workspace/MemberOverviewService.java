package org.peerpath.application.workspace;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.levelofcare.port.out.EpisodeRepository;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.MemberAccess;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.application.supervision.port.out.RecommendationRepository;
import org.peerpath.application.workspace.port.in.MemberOverview;
import org.peerpath.application.workspace.port.in.MemberOverview.CareTeamNames;
import org.peerpath.application.workspace.port.in.MemberOverview.CurrentLevel;
import org.peerpath.application.workspace.port.in.MemberOverviewQueries;
import org.peerpath.application.workspace.port.in.WorkspaceAlert;
import org.peerpath.application.workspace.port.in.WorkspaceAlert.Kind;
import org.peerpath.levelofcare.Episode;
import org.peerpath.member.CareTeam;
import org.peerpath.member.Enrollment;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.Recommendation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional // writes the audit trail
class MemberOverviewService implements MemberOverviewQueries {

    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final EpisodeRepository episodes;
    private final RecommendationRepository recommendations;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    MemberOverviewService(
            MemberRepository members,
            CareTeamRule careTeam,
            EpisodeRepository episodes,
            RecommendationRepository recommendations,
            StaffDirectory staff,
            AuditTrail audit,
            Clock clock) {
        this.members = members;
        this.careTeam = careTeam;
        this.episodes = episodes;
        this.recommendations = recommendations;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public Optional<MemberOverview> overview(Actor actor, MemberId id) {
        Optional<Member> found = members.findById(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Member member = found.get();
        LocalDate today = Clocks.today(clock);
        @Nullable StaffId primaryPeer = member.primaryPeer().orElse(null);
        MemberAccess access = careTeam.accessTo(actor, id, primaryPeer, today);
        if (!access.seesDemographics()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "overview: not on the care team");
            return Optional.empty();
        }
        boolean clinical = access.seesClinicalRecords();
        // SVC-7: in force today means started on or before today and not ended, not merely "not ended".
        List<Enrollment> inForce = member.enrollments().stream()
                .filter(e -> e.period().covers(today))
                .sorted(Comparator.comparing(Enrollment::deliverySystem))
                .toList();
        List<DeliverySystem> systems =
                inForce.stream().map(Enrollment::deliverySystem).distinct().toList();
        Optional<CareTeam> team = careTeam.careTeamOn(id, primaryPeer, today);
        List<Episode> open = clinical
                ? episodes.findByMember(id).value().stream()
                        .filter(e -> e.isOpenOn(today))
                        .sorted(Comparator.comparing(Episode::deliverySystem))
                        .toList()
                : List.of();
        List<Recommendation> inForceRecommendations = clinical
                ? recommendations.findByMember(id).value().stream()
                        .filter(r -> systems.stream().anyMatch(s -> r.covers(s, today)))
                        .toList()
                : List.of();

        List<WorkspaceAlert> alerts = new ArrayList<>();
        if (primaryPeer == null) {
            alerts.add(new WorkspaceAlert(Kind.NO_PRIMARY_PEER, null, null));
        }
        if (systems.isEmpty()) {
            alerts.add(new WorkspaceAlert(Kind.NOT_ENROLLED_TODAY, null, null));
        }
        inForce.stream()
                .filter(e -> e.period().endsOn() != null
                        && !e.period().endsOn().isAfter(today.plusDays(WorkspaceAlert.ENDING_WITHIN_DAYS)))
                .forEach(e -> alerts.add(new WorkspaceAlert(
                        Kind.ENROLLMENT_ENDING, e.deliverySystem(), e.period().endsOn())));
        if (clinical) {
            for (DeliverySystem system : systems) {
                if (inForceRecommendations.stream().noneMatch(r -> r.deliverySystem() == system)) {
                    alerts.add(new WorkspaceAlert(Kind.NO_RECOMMENDATION, system, null));
                }
                if (open.stream().noneMatch(e -> e.deliverySystem() == system)) {
                    alerts.add(new WorkspaceAlert(Kind.NO_OPEN_EPISODE, system, null));
                }
            }
        }

        record(actor, AuditAction.MEMBER_VIEWED, id, "overview");
        return Optional.of(new MemberOverview(
                id,
                today,
                member.ageOn(today),
                member.isEpsdtOn(today),
                systems,
                names(team, clinical),
                clinical,
                open.stream()
                        .map(e -> new CurrentLevel(e.deliverySystem(), e.level(), e.startsOn()))
                        .toList(),
                alerts));
    }

    /** MEM-3: who is on the team today, by name; the recommender only for readers of clinical records (CONF-2). */
    private CareTeamNames names(Optional<CareTeam> team, boolean clinical) {
        if (team.isEmpty()) {
            return new CareTeamNames(null, List.of(), null, null);
        }
        CareTeam found = team.get();
        return new CareTeamNames(
                name(found.primaryPeer()),
                found.supervisors().stream().map(this::name).toList(),
                found.directingBhp() == null ? null : name(found.directingBhp()),
                clinical && found.recommendingProfessional() != null ? name(found.recommendingProfessional()) : null);
    }

    private String name(StaffId id) {
        return staff.findById(id).map(StaffAccount::displayName).orElse("?");
    }

    private void record(Actor actor, AuditAction action, MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
