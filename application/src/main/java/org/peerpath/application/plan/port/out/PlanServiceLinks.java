package org.peerpath.application.plan.port.out;

import org.peerpath.member.MemberId;
import org.peerpath.shared.ServiceId;

/**
 * Out port: whether a recorded service is one of the member's, before a plan names it as its development session
 * (POC-1) or a progress entry links to it (GOAL-2).
 */
@FunctionalInterface
public interface PlanServiceLinks {

    boolean isServiceOf(MemberId member, ServiceId service);
}
