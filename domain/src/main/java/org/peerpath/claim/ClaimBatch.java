package org.peerpath.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.peerpath.service.PeerService;
import org.peerpath.shared.ServiceId;

/**
 * CHECK-1, RPT-2: the claim lines of a batch of services. Only READY services yield lines; every other service is kept
 * with its findings, so nothing is dropped silently.
 */
public record ClaimBatch(List<ClaimLine> lines, Map<ServiceId, ClaimReadiness> held) {

    public ClaimBatch {
        lines = List.copyOf(lines);
        held = Map.copyOf(held);
    }

    /** Checks each service against its own facts, in the order given. */
    public static ClaimBatch of(List<PeerService> services, Function<PeerService, ClaimFacts> factsFor) {
        List<ClaimLine> lines = new ArrayList<>();
        Map<ServiceId, ClaimReadiness> held = new LinkedHashMap<>();
        for (PeerService service : services) {
            ClaimFacts facts = factsFor.apply(service);
            ClaimReadiness readiness = ClaimCheck.check(service, facts);
            if (readiness.isReady()) {
                lines.add(ClaimLine.ofReady(service.asDraft(), facts));
            } else {
                held.put(service.id(), readiness);
            }
        }
        return new ClaimBatch(lines, held);
    }
}
