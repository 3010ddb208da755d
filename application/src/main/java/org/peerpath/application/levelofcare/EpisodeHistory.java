package org.peerpath.application.levelofcare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.levelofcare.port.in.EpisodeRefusedException;
import org.peerpath.application.levelofcare.port.out.EpisodeRepository;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.levelofcare.Episode;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DateRange;
import org.peerpath.shared.DeliverySystem;
import org.springframework.stereotype.Component;

/**
 * What every level-of-care use case shares: episodes are clinical records (CONF-2), so only the member's care team and
 * admins get past {@link #visible}, by the one care-team rule (MEM-3); front desk is refused even when a view forgot
 * to hide the tab. Every look, change and refusal is audited (CONF-4).
 */
@Component
class EpisodeHistory {

    static final Comparator<Episode> ORDER =
            Comparator.comparing(Episode::startsOn).thenComparing(Episode::deliverySystem);

    private final MemberRepository members;
    private final EpisodeRepository episodes;
    private final CareTeamRule careTeam;
    private final AuditTrail audit;
    private final Clock clock;

    EpisodeHistory(
            MemberRepository members,
            EpisodeRepository episodes,
            CareTeamRule careTeam,
            AuditTrail audit,
            Clock clock) {
        this.members = members;
        this.episodes = episodes;
        this.careTeam = careTeam;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member's episodes when {@code actor} may see clinical records of the member today; the refusal is audited. */
    Optional<Versioned<List<Episode>>> visible(Actor actor, MemberId id) {
        Optional<Member> member = members.findById(id);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        if (!careTeam.accessTo(actor, id, member.get().primaryPeer().orElse(null), today())
                .seesClinicalRecords()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "levels of care: not on the care team");
            return Optional.empty();
        }
        return Optional.of(episodes.findByMember(id));
    }

    /** Applies {@code change} to the member's episodes over the version the person saw, then saves and audits it. */
    void change(
            Actor actor,
            MemberId id,
            long seenVersion,
            UnaryOperator<List<Episode>> change,
            AuditAction action,
            String detail) {
        Versioned<List<Episode>> stored = visible(actor, id).orElseThrow(() -> new MemberNotFoundException(id));
        if (stored.version() != seenVersion) {
            throw new ConcurrentChangeException("levels of care");
        }
        List<Episode> changed = new ArrayList<>(change.apply(List.copyOf(stored.value())));
        changed.sort(ORDER);
        episodes.save(id, changed, seenVersion);
        record(actor, action, id, detail);
    }

    /** LOC-2 needs one answer per day and system: a new episode may not share a day with another in its system. */
    static List<Episode> adding(List<Episode> episodes, Episode added) {
        DateRange days = new DateRange(added.startsOn(), added.endsOn());
        if (episodes.stream()
                .filter(e -> e.deliverySystem() == added.deliverySystem())
                .anyMatch(e -> new DateRange(e.startsOn(), e.endsOn()).overlaps(days))) {
            throw EpisodeRefusedException.overlaps();
        }
        List<Episode> all = new ArrayList<>(episodes);
        all.add(added);
        return all;
    }

    static Episode openUnder(List<Episode> episodes, DeliverySystem system) {
        return episodes.stream()
                .filter(e -> e.deliverySystem() == system && e.endsOn() == null)
                .findFirst()
                .orElseThrow(EpisodeRefusedException::noOpenEpisode);
    }

    static List<Episode> replacing(List<Episode> episodes, Episode old, Episode replacement) {
        List<Episode> all = new ArrayList<>(episodes);
        all.set(all.indexOf(old), replacement);
        return all;
    }

    LocalDate today() {
        return Clocks.today(clock);
    }

    void record(Actor actor, AuditAction action, MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
