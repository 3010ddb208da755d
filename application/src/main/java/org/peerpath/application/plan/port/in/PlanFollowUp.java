package org.peerpath.application.plan.port.in;

import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;

/**
 * One member's plan that needs the supervisor's look, and why.
 *
 * @param goal the goal, in the member's words, when the reason is about one goal
 * @param days for {@link Reason#GOAL_DUE_SOON} the days until the target date (negative when past), for
 *     {@link Reason#NO_RECENT_PROGRESS} the days since the last progress entry (or since the plan was complete),
 *     for {@link Reason#PLAN_ENDS_SOON} the days until the plan's last target date (negative when past)
 */
public record PlanFollowUp(
        MemberId member,
        String memberName,
        String peerName,
        Reason reason,
        @Nullable String goal,
        long days) {

    public enum Reason {
        /** POC-4: the supervisor returned the plan with a comment and it is not signed again yet. */
        RETURNED,
        /** GOAL-1: a goal's target date is within the next 30 days or has passed. */
        GOAL_DUE_SOON,
        /** GOAL-2: no progress recorded on a goal for 30 days or more. */
        NO_RECENT_PROGRESS,
        /**
         * GOAL-1, POC-4: the plan in force runs out: the last target date of its open goals is within 30 days or has
         * passed, so a new version is due.
         */
        PLAN_ENDS_SOON
    }
}
