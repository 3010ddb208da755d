package org.peerpath.application.service.port.in;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A service refused for what it names: a collateral of another member, a goal of no plan of the member… */
public final class ServiceRefusedException extends DomainException implements FieldProblem {

    private final String field;

    private ServiceRefusedException(String code, @Nullable String field) {
        super(code, Map.of());
        this.field = field == null ? "" : field;
    }

    /** COL-2, SVC-6: only the member's own collaterals take part in the member's service. */
    public static ServiceRefusedException collateralOfAnotherMember() {
        return new ServiceRefusedException("services.refused.collateral-of-another-member", "collaterals");
    }

    /** GOAL-3: the goals addressed are goals of the member's plan. */
    public static ServiceRefusedException goalOfNoPlan() {
        return new ServiceRefusedException("services.refused.unknown-goal", "goals");
    }

    /** GOAL-2: a progress entry is for one of the goals the service addressed. */
    public static ServiceRefusedException progressForGoalNotAddressed() {
        return new ServiceRefusedException("services.refused.progress-goal-not-addressed", "progressGoal");
    }

    /** SVC-10: co-signing notes is off in this county. */
    public static ServiceRefusedException cosignOff() {
        return new ServiceRefusedException("services.refused.cosign-off", null);
    }

    @Override
    public String field() {
        return field;
    }
}
