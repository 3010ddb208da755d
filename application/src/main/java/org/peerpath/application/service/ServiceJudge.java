package org.peerpath.application.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peerpath.application.claim.ClaimFactsSource;
import org.peerpath.application.service.port.out.GroupSessionRepository;
import org.peerpath.claim.ClaimCheck;
import org.peerpath.claim.ClaimFacts;
import org.peerpath.claim.ClaimReadiness;
import org.peerpath.member.MemberId;
import org.peerpath.service.GroupSession;
import org.peerpath.service.GroupSessionId;
import org.peerpath.service.PeerService;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceDraft;
import org.peerpath.shared.StaffId;

/**
 * The claim check of saved services (CHECK-1): each on the facts of its member and peer, read once per judge, and a
 * group service (GRP-1, GRP-3) with the session it came from. One per list or per opened service; the callers check
 * access first.
 */
final class ServiceJudge {

    private final ClaimFactsSource source;
    private final GroupSessionRepository groups;
    private final Map<String, ClaimFacts> cache = new HashMap<>();
    private final Map<GroupSessionId, Optional<GroupSession>> sessions = new HashMap<>();

    ServiceJudge(ClaimFactsSource source, GroupSessionRepository groups) {
        this.source = source;
        this.groups = groups;
    }

    ClaimReadiness check(PeerService service) {
        return ClaimCheck.check(service, factsOf(service));
    }

    /** The facts a saved service is judged on, its group session added when it came from one. */
    ClaimFacts factsOf(PeerService service) {
        ClaimFacts claimFacts = factsOf(service.asDraft());
        GroupSessionId group = service.asDraft().groupSession();
        if (group == null) {
            return claimFacts;
        }
        return claimFacts.withGroup(
                sessions.computeIfAbsent(group, groups::findById).orElse(null));
    }

    int units(PeerService service) {
        ServiceDraft draft = service.asDraft();
        ServiceCode code = Objects.requireNonNull(draft.code());
        return factsOf(draft).county().settings().unitsFor(Objects.requireNonNull(draft.minutes()), code);
    }

    private ClaimFacts factsOf(ServiceDraft draft) {
        MemberId member = draft.member();
        StaffId peer = draft.peer();
        return cache.computeIfAbsent(member.value() + "/" + peer.value(), k -> source.factsFor(member, peer));
    }
}
