package org.peerpath.application.plan;

import org.peerpath.application.plan.port.out.PlanTemplateRepository;
import org.peerpath.shared.StaffId;

class InMemoryPlanTemplatesTest extends PlanTemplateRepositoryContract {

    private final InMemoryPlanTemplates templates = new InMemoryPlanTemplates();

    @Override
    protected PlanTemplateRepository templates() {
        return templates;
    }

    @Override
    protected StaffId admin() {
        return StaffId.newId();
    }
}
