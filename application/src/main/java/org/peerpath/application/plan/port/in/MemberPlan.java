package org.peerpath.application.plan.port.in;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;

/**
 * The member's Plan of Care as the Plan tab shows it: the chosen version (the newest unless another was asked for),
 * every version's history, and each goal's progress (GOAL-2).
 *
 * @param mayStart whether the reader may start a first plan (no plan yet, and they write plans)
 * @param measurableGoals GOAL-1: the county asks for measure, target and target date
 * @param substanceUse POC-5: the member is in DMC or DMC-ODS, so the plan may be part of a treatment plan
 * @param template POC-6: the narrative a new plan starts with
 * @param periods POC-4: when each complete version was in force, oldest first (services link to the version in force)
 */
public record MemberPlan(
        MemberId member,
        @Nullable PlanDetails shown,
        List<PlanVersionSummary> versions,
        List<GoalProgressSummary> progress,
        boolean mayStart,
        boolean measurableGoals,
        boolean substanceUse,
        String template,
        List<VersionPeriod> periods) {

    public MemberPlan {
        versions = List.copyOf(versions);
        progress = List.copyOf(progress);
        periods = List.copyOf(periods);
    }

    /** POC-4: the version in force on {@code date}, if any. */
    public Optional<VersionPeriod> inForceOn(java.time.LocalDate date) {
        return periods.stream().filter(p -> p.covers(date)).findFirst();
    }

    public Optional<PlanDetails> plan() {
        return Optional.ofNullable(shown);
    }
}
