package org.peerpath.application.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.recommendation.port.in.RecommendationRefusedException;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.RecommendationRepository;
import org.peerpath.credential.CredentialReferenceData;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.supervision.Recommendation;
import org.springframework.stereotype.Component;

/**
 * What every recommendation use case shares: recommendations are clinical records (CONF-2), so only the member's care
 * team and admins get past {@link #visible}, by the one care-team rule (MEM-3); front desk is refused even when a view
 * forgot to hide the tab. Every look, change and refusal is audited (CONF-4). Which credential types may recommend is
 * the catalogue's reference data (DIR-3) until admins keep their own.
 */
@Component
class RecommendationHistory {

    static final Comparator<Recommendation> ORDER =
            Comparator.comparing(Recommendation::recommendedOn).thenComparing(Recommendation::deliverySystem);

    final CredentialReferenceData reference = CredentialReferenceData.defaults();

    private final MemberRepository members;
    private final RecommendationRepository recommendations;
    private final CareTeamRule careTeam;
    private final AuditTrail audit;
    private final Clock clock;

    RecommendationHistory(
            MemberRepository members,
            RecommendationRepository recommendations,
            CareTeamRule careTeam,
            AuditTrail audit,
            Clock clock) {
        this.members = members;
        this.recommendations = recommendations;
        this.careTeam = careTeam;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<Versioned<List<Recommendation>>> visible(Actor actor, MemberId id) {
        Optional<Member> member = members.findById(id);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        if (!careTeam.accessTo(actor, id, member.get().primaryPeer().orElse(null), Clocks.today(clock))
                .seesClinicalRecords()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "recommendations: not on the care team");
            return Optional.empty();
        }
        return Optional.of(recommendations.findByMember(id));
    }

    void add(Actor actor, MemberId id, long seenVersion, Recommendation added) {
        Versioned<List<Recommendation>> stored = visible(actor, id).orElseThrow(() -> new MemberNotFoundException(id));
        if (stored.version() != seenVersion) {
            throw new ConcurrentChangeException("recommendations");
        }
        List<Recommendation> all = new ArrayList<>(stored.value());
        all.add(added);
        all.sort(ORDER);
        recommendations.save(id, all, seenVersion);
        record(
                actor,
                AuditAction.RECOMMENDATION_RECORDED,
                id,
                added.deliverySystem() + " by "
                        + (added.external() == null
                                ? added.recommendedBy()
                                : "outside " + added.external().key())
                        + " (" + added.recommenderType() + ") from " + added.recommendedOn());
    }

    /** DIR-3: ends the recommendation named by {@code key} on {@code endsOn}, over the version the person saw. */
    void end(
            Actor actor,
            MemberId id,
            long seenVersion,
            String key,
            @org.jspecify.annotations.Nullable LocalDate endsOn) {
        Versioned<List<Recommendation>> stored = visible(actor, id).orElseThrow(() -> new MemberNotFoundException(id));
        if (stored.version() != seenVersion) {
            throw new ConcurrentChangeException("recommendations");
        }
        List<Recommendation> all = new ArrayList<>(stored.value());
        Recommendation open = all.stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow(RecommendationRefusedException::noSuchRecommendation);
        if (open.endsOn() != null) {
            throw RecommendationRefusedException.alreadyEnded();
        }
        Recommendation ended = open.endOn(endsOn);
        all.set(all.indexOf(open), ended);
        recommendations.save(id, all, seenVersion);
        record(
                actor,
                AuditAction.RECOMMENDATION_ENDED,
                id,
                ended.deliverySystem() + " from " + ended.recommendedOn() + " ended on " + ended.endsOn());
    }

    void record(Actor actor, AuditAction action, MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
