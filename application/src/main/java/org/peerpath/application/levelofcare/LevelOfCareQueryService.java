package org.peerpath.application.levelofcare;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.levelofcare.port.in.EpisodeSummary;
import org.peerpath.application.levelofcare.port.in.LevelOfCareQueries;
import org.peerpath.application.levelofcare.port.in.MemberEpisodes;
import org.peerpath.application.levelofcare.port.in.TimelinePeriod;
import org.peerpath.application.shared.Actor;
import org.peerpath.levelofcare.Episode;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional // writes the audit trail
class LevelOfCareQueryService implements LevelOfCareQueries {

    private final EpisodeHistory history;

    LevelOfCareQueryService(EpisodeHistory history) {
        this.history = history;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public Optional<MemberEpisodes> episodes(Actor actor, MemberId member) {
        return history.visible(actor, member).map(stored -> {
            history.record(actor, AuditAction.EPISODES_VIEWED, member, "levels of care");
            List<Episode> sorted =
                    stored.value().stream().sorted(EpisodeHistory.ORDER).toList();
            return new MemberEpisodes(
                    member,
                    stored.version(),
                    sorted.stream().map(e -> summary(e, sorted)).toList(),
                    timeline(sorted));
        });
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public List<LevelOfCare> levelsUnder(DeliverySystem deliverySystem) {
        return Arrays.stream(LevelOfCare.values())
                .filter(level -> level.belongsTo(deliverySystem))
                .toList();
    }

    /** LOC-3: an episode that starts the day after another of its system ended is a move from that level. */
    private static EpisodeSummary summary(Episode episode, List<Episode> all) {
        LevelOfCare from = all.stream()
                .filter(e -> e.deliverySystem() == episode.deliverySystem()
                        && e.endsOn() != null
                        && e.endsOn().plusDays(1).equals(episode.startsOn()))
                .map(Episode::level)
                .findFirst()
                .orElse(null);
        return new EpisodeSummary(
                episode.deliverySystem(), episode.level(), episode.startsOn(), episode.endsOn(), from);
    }

    /**
     * LOC-2, per delivery system from its first episode on: the days an episode is open (a service then is combined)
     * and the gaps between and after them (standalone).
     */
    static List<TimelinePeriod> timeline(List<Episode> sorted) {
        List<TimelinePeriod> periods = new ArrayList<>();
        for (DeliverySystem system : DeliverySystem.values()) {
            @Nullable LocalDate coveredUntil = null;
            boolean started = false;
            for (Episode e :
                    sorted.stream().filter(e -> e.deliverySystem() == system).toList()) {
                if (started && coveredUntil != null && e.startsOn().isAfter(coveredUntil.plusDays(1))) {
                    periods.add(new TimelinePeriod(
                            system, null, coveredUntil.plusDays(1), e.startsOn().minusDays(1)));
                }
                periods.add(new TimelinePeriod(system, e.level(), e.startsOn(), e.endsOn()));
                started = true;
                coveredUntil = e.endsOn();
                if (coveredUntil == null) {
                    break;
                }
            }
            if (started && coveredUntil != null) {
                periods.add(new TimelinePeriod(system, null, coveredUntil.plusDays(1), null));
            }
        }
        return periods;
    }
}
