package org.peerpath.application.member;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.application.supervision.port.out.RecommendationRepository;
import org.peerpath.member.CareTeam;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.DirectingBhpAssignment;
import org.peerpath.supervision.Recommendation;
import org.peerpath.supervision.SupervisionAssignment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * MEM-3, CONF-2: who may see a member, decided here and only here for every use case and query that takes a member
 * ID. The care team on a date comes from stored, dated assignments: the member's peers (the primary peer), the
 * supervisors of those peers by the supervision assignment in force that day, their directing BHP by the direction
 * assignment in force that day, and the professional whose recommendation is in force that day (DIR-3). Front desk sees demographics only (CONF-1);
 * admins see everything.
 */
@Component
public class CareTeamRule {

    private final PeerSupervisionRepository supervision;
    private final PeerDirectionRepository direction;
    private final RecommendationRepository recommendations;

    @Autowired
    public CareTeamRule(
            PeerSupervisionRepository supervision,
            PeerDirectionRepository direction,
            RecommendationRepository recommendations) {
        this.supervision = supervision;
        this.direction = direction;
        this.recommendations = recommendations;
    }

    /** For callers that keep no recommendations (tests of other rules): nobody joins a team by recommending. */
    public CareTeamRule(PeerSupervisionRepository supervision, PeerDirectionRepository direction) {
        this(supervision, direction, NO_RECOMMENDATIONS);
    }

    private static final RecommendationRepository NO_RECOMMENDATIONS = new RecommendationRepository() {
        @Override
        public Versioned<List<Recommendation>> findByMember(MemberId member) {
            return Versioned.neverStored(List.of());
        }

        @Override
        public void save(MemberId member, List<Recommendation> recommendations, long seenVersion) {
            throw new UnsupportedOperationException("keeps no recommendations");
        }
    };

    /** What {@code actor} may see on {@code date} of a member whose primary peer is {@code primaryPeer}. */
    public MemberAccess accessTo(Actor actor, MemberId member, @Nullable StaffId primaryPeer, LocalDate date) {
        if (actor.has(Role.ADMIN)) {
            return MemberAccess.ALL;
        }
        if (holdsACareRole(actor)
                && careTeamOn(member, primaryPeer, date)
                        .filter(team -> team.includes(actor.id()))
                        .isPresent()) {
            return MemberAccess.CARE_TEAM;
        }
        return actor.has(Role.STAFF) ? MemberAccess.DEMOGRAPHICS : MemberAccess.NONE;
    }

    /** MEM-3: the member's care team on {@code date}; none while the member has no primary peer. */
    public Optional<CareTeam> careTeamOn(MemberId member, @Nullable StaffId primaryPeer, LocalDate date) {
        if (primaryPeer == null) {
            return Optional.empty();
        }
        List<StaffId> supervisors =
                supervision
                        .findByPeer(primaryPeer)
                        .value()
                        .assignmentOn(date)
                        .map(SupervisionAssignment::supervisor)
                        .stream()
                        .toList();
        StaffId directingBhp = direction
                .findByPeer(primaryPeer)
                .value()
                .assignmentOn(date)
                .map(DirectingBhpAssignment::bhp)
                .orElse(null);
        return Optional.of(new CareTeam(
                member,
                primaryPeer,
                List.of(),
                supervisors,
                directingBhp,
                recommendingProfessional(member, date).orElse(null)));
    }

    /**
     * Whether {@code actor} supervises or directs {@code peer} on {@code date}, and so is on the care team of every
     * member whose primary peer that peer is (My team).
     */
    public boolean overseesPeer(Actor actor, StaffId peer, LocalDate date) {
        boolean supervises = actor.has(Role.SUPERVISOR)
                && supervision
                        .findByPeer(peer)
                        .value()
                        .assignmentOn(date)
                        .filter(a -> a.supervisor().equals(actor.id()))
                        .isPresent();
        boolean directs = actor.has(Role.BHP)
                && direction
                        .findByPeer(peer)
                        .value()
                        .assignmentOn(date)
                        .filter(a -> a.bhp().equals(actor.id()))
                        .isPresent();
        return supervises || directs;
    }

    /**
     * The recommending professional (DIR-3, MEM-3): the staff account whose recommendation for the member is in force
     * on {@code date} (dated on or before it, not ended), the latest when several are. A professional outside the
     * program is recorded by name and license number only and has no account, so does not count here.
     */
    private Optional<StaffId> recommendingProfessional(MemberId member, LocalDate date) {
        return recommendations.findByMember(member).value().stream()
                // An outside professional holds no account and never joins the team.
                .filter(r -> r.recommendedBy() != null)
                .filter(r -> !date.isBefore(r.recommendedOn()) && (r.endsOn() == null || !date.isAfter(r.endsOn())))
                .max(Comparator.comparing(Recommendation::recommendedOn))
                .map(Recommendation::recommendedBy);
    }

    /** CONF-1: a care team is made of peers, supervisors and BHPs; other roles never see clinical records. */
    private static boolean holdsACareRole(Actor actor) {
        return actor.has(Role.PEER) || actor.has(Role.SUPERVISOR) || actor.has(Role.BHP);
    }
}
