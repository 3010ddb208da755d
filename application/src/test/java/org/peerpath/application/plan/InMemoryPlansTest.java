package org.peerpath.application.plan;

import org.peerpath.application.plan.port.out.PlanRepository;
import org.peerpath.application.plan.port.out.ProgressRepository;
import org.peerpath.member.MemberId;

class InMemoryPlansTest extends PlanRepositoryContract {

    private final InMemoryPlans plans = new InMemoryPlans();

    @Override
    protected PlanRepository repository() {
        return plans;
    }

    @Override
    protected ProgressRepository progress() {
        return plans;
    }

    @Override
    protected MemberId existingMember() {
        return MemberId.newId();
    }
}
