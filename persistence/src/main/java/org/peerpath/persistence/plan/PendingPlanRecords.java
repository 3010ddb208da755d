package org.peerpath.persistence.plan;

import java.util.List;
import org.peerpath.application.plan.port.out.PlanRecords;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCare;
import org.springframework.stereotype.Component;

/**
 * Plans of Care are not stored yet (issue G): every member has none, so the claim check reports the missing plan
 * (POC-1) rather than assuming one. Replaced by the JPA adapter of the Plan of Care.
 */
@Component
class PendingPlanRecords implements PlanRecords {

    @Override
    public List<PlanOfCare> plansOf(MemberId member) {
        return List.of();
    }
}
