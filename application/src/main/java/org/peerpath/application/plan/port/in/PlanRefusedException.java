package org.peerpath.application.plan.port.in;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A Plan of Care step the plan's situation does not allow (POC, GOAL), with its words in the plans bundle. */
public final class PlanRefusedException extends DomainException implements FieldProblem {

    private final String field;

    private PlanRefusedException(String code, @Nullable String field) {
        super(code, Map.of());
        this.field = field == null ? "" : field;
    }

    /** The plan does not exist or is not this person's to see: both read the same (MEM-3). */
    public static PlanRefusedException notFound() {
        return new PlanRefusedException("plans.refused.not-found", null);
    }

    /** POC-4: one open version at a time: finish or revise the one there is. */
    public static PlanRefusedException openVersionExists() {
        return new PlanRefusedException("plans.refused.open-version", null);
    }

    /** POC-2, POC-3: the author writes and changes the plan; others review or co-sign it. */
    public static PlanRefusedException notAuthor() {
        return new PlanRefusedException("plans.refused.not-author", null);
    }

    /** POC-2: only a member with a primary peer has someone to deliver the plan. */
    public static PlanRefusedException noPrimaryPeer() {
        return new PlanRefusedException("plans.refused.no-primary-peer", null);
    }

    /** GOAL-1: a goal is for the future; a target date already past is a typing slip. */
    public static PlanRefusedException targetDateInPast() {
        return new PlanRefusedException("plans.refused.target-date-past", "targetDate");
    }

    /** GOAL-2: progress is recorded for what happened, not ahead. */
    public static PlanRefusedException progressInFuture() {
        return new PlanRefusedException("plans.refused.progress-future", "on");
    }

    /** GOAL-2: the goal is not one of this member's plan. */
    public static PlanRefusedException unknownGoal() {
        return new PlanRefusedException("plans.refused.unknown-goal", null);
    }

    /** POC-6: a template with no text would start plans with nothing to go on. */
    public static PlanRefusedException templateRequired() {
        return new PlanRefusedException("plans.template.required", "text");
    }

    /** POC-6: the template must fit in a plan's narrative. */
    public static PlanRefusedException templateTooLong() {
        return new PlanRefusedException("plans.template.too-long", "text");
    }

    /** POC-1, GOAL-2: the service named is not one of this member's. */
    public static PlanRefusedException unknownService() {
        return new PlanRefusedException("plans.refused.unknown-service", "service");
    }

    @Override
    public String field() {
        return field;
    }
}
