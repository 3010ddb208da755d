package org.peerpath.application.plan.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.goal.Goal;
import org.peerpath.plan.AmountDurationScope;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.plan.PlanStatus;
import org.peerpath.shared.ServiceId;

/**
 * One version of the member's Plan of Care as the editor shows it (POC-1..6, GOAL-1).
 *
 * @param byPeer POC-2 (co-signed) or POC-3 (reviewed by peer and supervisor)
 * @param returnComment the supervisor's comment while the plan is returned
 * @param actions what the reader may try on this version
 * @param developmentSession POC-1: the service in which the plan was developed, when named
 */
public record PlanDetails(
        PlanOfCareId id,
        int versionNumber,
        PlanStatus status,
        long version,
        String authorName,
        boolean byPeer,
        String narrative,
        @Nullable AmountDurationScope amountDurationScope,
        List<Goal> goals,
        @Nullable String treatmentPlanReference,
        @Nullable LocalDate completedOn,
        @Nullable String returnComment,
        @Nullable String returnedBy,
        boolean peerReviewed,
        boolean supervisorReviewed,
        Set<PlanAction> actions,
        @Nullable ServiceId developmentSession) {

    public PlanDetails {
        goals = List.copyOf(goals);
        actions = Set.copyOf(actions);
    }

    public boolean may(PlanAction action) {
        return actions.contains(action);
    }
}
