package org.peerpath.persistence.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.plan.PlanStatus;
import org.peerpath.plan.QualifiedProfessional;

/**
 * One plan version in plain values, one component per column, so that MapStruct checks the row against it property by
 * property; the plan is rebuilt only by {@link PlanJpaMapper#restore}, through the lifecycle's validating types.
 */
record PlanSnapshot(
        UUID id,
        UUID lineage,
        int versionNumber,
        UUID memberId,
        UUID peerId,
        UUID authorId,
        @Nullable QualifiedProfessional profession,
        PlanStatus status,
        String narrative,
        @Nullable String amount,
        @Nullable String duration,
        @Nullable String scope,
        @Nullable String treatmentPlanReference,
        @Nullable UUID developmentSession,
        @Nullable UUID signedBy,
        @Nullable LocalDate signedOn,
        @Nullable UUID peerReviewBy,
        @Nullable LocalDate peerReviewOn,
        @Nullable UUID supervisorReviewBy,
        @Nullable LocalDate supervisorReviewOn,
        @Nullable UUID cosignedBy,
        @Nullable LocalDate cosignedOn,
        @Nullable UUID returnedBy,
        @Nullable LocalDate returnedOn,
        @Nullable String returnComment,
        @Nullable LocalDate supersededOn,
        List<GoalSnapshot> goals,
        long version) {

    /** GOAL-1: one goal of the version, in the order the plan lists them. */
    record GoalSnapshot(
            UUID goalId,
            String inMemberWords,
            @Nullable String measure,
            @Nullable String target,
            @Nullable LocalDate targetDate) {}

    /**
     * The columns the plan's types decide rather than its content (POC-2..4): who wrote it for whom, its state, and the
     * sign-offs that state holds. Each state fills the ones it has and leaves the others empty.
     */
    record Lifecycle(
            UUID authorId,
            @Nullable QualifiedProfessional profession,
            PlanStatus status,
            @Nullable UUID signedBy,
            @Nullable LocalDate signedOn,
            @Nullable UUID peerReviewBy,
            @Nullable LocalDate peerReviewOn,
            @Nullable UUID supervisorReviewBy,
            @Nullable LocalDate supervisorReviewOn,
            @Nullable UUID cosignedBy,
            @Nullable LocalDate cosignedOn,
            @Nullable UUID returnedBy,
            @Nullable LocalDate returnedOn,
            @Nullable String returnComment,
            @Nullable LocalDate supersededOn) {}
}
