package org.peerpath.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.service.PeerService;
import org.peerpath.service.ServiceDraft;
import org.peerpath.shared.Message;
import org.peerpath.shared.ServiceId;

/**
 * CHECK-1: answers READY for a service, recorded or still being recorded, or lists every reason it is not. All
 * statuses are computed for the date of service, never for today. Missing parts of the service are findings, never
 * exceptions, so the check can run live while the peer types.
 */
public final class ClaimCheck {

    private static final List<RuleGroup> RULES = List.of(
            new CertificationRules(),
            new CountyRules(),
            new SupervisionRules(),
            new DirectionRules(),
            new ScreeningRules(),
            new PlanRules(),
            new ServiceRules(),
            new GroupRules(),
            new MemberRules(),
            new ClaimLineRules());

    private ClaimCheck() {}

    /** CHECK-1 for a service being recorded; {@code facts} must be about the service's member and peer. */
    public static ClaimReadiness check(ServiceDraft service, ClaimFacts facts) {
        return check(null, service, facts);
    }

    /** CHECK-1 for a recorded service. */
    public static ClaimReadiness check(PeerService service, ClaimFacts facts) {
        return check(service.id(), service.asDraft(), facts);
    }

    private static ClaimReadiness check(@Nullable ServiceId id, ServiceDraft service, ClaimFacts facts) {
        if (!service.member().equals(facts.member().id()) || !service.peer().equals(facts.peer())) {
            throw new IllegalArgumentException("the facts must be about the service's member and peer");
        }
        LocalDate date = service.dateOfService();
        // every rule is read for the date of service, so nothing else can be judged without it
        if (date == null) {
            return new ClaimReadiness(List.of(Finding.block("CHECK-1", Message.CHECK1_DATE)));
        }
        ClaimContext context = new ClaimContext(id, service, facts, date);
        List<Finding> findings = new ArrayList<>();
        RULES.forEach(group -> findings.addAll(group.evaluate(context)));
        return new ClaimReadiness(findings);
    }
}
