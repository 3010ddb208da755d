package org.peerpath.application.workqueue.port.in;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.member.MemberId;
import org.peerpath.shared.ServiceId;

/**
 * The sections of the peer's work queue, each sorted with the most urgent first.
 *
 * @param notesDue SVC-8: unsigned notes due today or overdue
 * @param plans POC-4: plans returned to the peer, or drafts waiting for them to review with the member and sign
 * @param notSeen members with no service for {@link WorkQueueQuery#QUIET_DAYS} days or more
 * @param quietGoals GOAL-2: open goals without progress for {@link WorkQueueQuery#QUIET_DAYS} days or more
 * @param notClaimable CHECK-1: the peer's recent services that cannot be claimed, with the reasons
 */
public record WorkQueue(
        List<NoteDue> notesDue,
        List<PlanToReview> plans,
        List<MemberNotSeen> notSeen,
        List<QuietGoal> quietGoals,
        List<ServiceSummary> notClaimable) {

    public WorkQueue {
        notesDue = List.copyOf(notesDue);
        plans = List.copyOf(plans);
        notSeen = List.copyOf(notSeen);
        quietGoals = List.copyOf(quietGoals);
        notClaimable = List.copyOf(notClaimable);
    }

    /** SVC-8: a note still unsigned; {@code overdue} once its deadline has passed, else due today. */
    public record NoteDue(
            ServiceId service,
            MemberId member,
            String memberName,
            LocalDate dateOfService,
            LocalDateTime dueAt,
            boolean crisis,
            boolean overdue) {}

    /** POC-4: a plan the peer must act on. */
    public record PlanToReview(MemberId member, String memberName, Kind kind, long days) {
        public enum Kind {
            /** The supervisor returned it with a comment; fix it and sign it again. */
            RETURNED,
            /** A draft not yet signed: review it with the member and sign. */
            DRAFT
        }
    }

    /** A member with no service lately; {@code lastService} null when never served. */
    public record MemberNotSeen(
            MemberId member, String memberName, @Nullable LocalDate lastService, long days) {}

    /** GOAL-2: a goal without progress since {@code days} days (or since the plan was complete). */
    public record QuietGoal(MemberId member, String memberName, String goal, long days) {}
}
