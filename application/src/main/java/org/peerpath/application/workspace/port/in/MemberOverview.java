package org.peerpath.application.workspace.port.in;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;

/**
 * The overview of a member on {@code today}: age and EPSDT (MEM-2), the delivery systems in force that day (SVC-7), the
 * care team (MEM-3), the open levels of care (LOC-1) and the open alerts, each carrying its rule ID.
 * {@code clinical} says whether the reader may see clinical records; without it {@code levels} is empty and no alert
 * hints at levels of care or recommendations (CONF-2).
 */
public record MemberOverview(
        MemberId member,
        LocalDate today,
        int age,
        boolean epsdt,
        List<DeliverySystem> inForceToday,
        CareTeamNames careTeam,
        boolean clinical,
        List<CurrentLevel> levels,
        List<WorkspaceAlert> alerts) {

    public MemberOverview {
        inForceToday = List.copyOf(inForceToday);
        levels = List.copyOf(levels);
        alerts = List.copyOf(alerts);
    }

    /** MEM-3: the names of the care team today; {@code recommendedBy} only for readers of clinical records. */
    public record CareTeamNames(
            @Nullable String primaryPeer,
            List<String> supervisors,
            @Nullable String directingBhp,
            @Nullable String recommendedBy) {

        public CareTeamNames {
            supervisors = List.copyOf(supervisors);
        }
    }

    /** LOC-1: an episode open today. */
    public record CurrentLevel(DeliverySystem deliverySystem, LevelOfCare level, LocalDate since) {}
}
