package org.peerpath.application.plan.port.out;

import java.util.List;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCare;

/**
 * Out port: every stored version of a member's Plan of Care, as the claim check reads them (POC-1, POC-4). The Plan
 * of Care feature (issue G) owns the records; this port only reads them.
 */
public interface PlanRecords {

    /** Every version of the member's plans, oldest first. */
    List<PlanOfCare> plansOf(MemberId member);
}
