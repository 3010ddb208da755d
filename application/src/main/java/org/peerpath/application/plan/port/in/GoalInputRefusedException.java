package org.peerpath.application.plan.port.in;

import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/**
 * GOAL-1: the goal at {@code index} (from 0, as listed in the command) has a bad field; {@link #problem()} holds the
 * words for it and {@link #field()} its name.
 */
public final class GoalInputRefusedException extends DomainException implements FieldProblem {

    private final int index;
    private final DomainException problem;
    private final String field;

    public <P extends DomainException & FieldProblem> GoalInputRefusedException(int index, P problem) {
        super(problem.code(), problem.args());
        this.index = index;
        this.problem = problem;
        this.field = problem.field();
    }

    public int index() {
        return index;
    }

    public DomainException problem() {
        return problem;
    }

    @Override
    public String field() {
        return field;
    }
}
