package org.peerpath.application.plan.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.goal.GoalId;
import org.peerpath.goal.GoalStatus;
import org.peerpath.member.MemberId;
import org.peerpath.shared.ServiceId;

/**
 * GOAL-2: a progress entry for one of the member's goals.
 *
 * @param service the member's service the entry came from, if any (optional link)
 */
public record RecordProgressCommand(
        Actor actor,
        MemberId member,
        GoalId goal,
        @Nullable LocalDate on,
        @Nullable Integer rating,
        @Nullable GoalStatus status,
        @Nullable String note,
        @Nullable ServiceId service) {

    public RecordProgressCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(goal, "goal");
    }
}
