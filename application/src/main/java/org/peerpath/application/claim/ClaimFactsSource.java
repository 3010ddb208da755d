package org.peerpath.application.claim;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.claim.port.in.ClaimCheckResult;
import org.peerpath.claim.ClaimCheck;
import org.peerpath.claim.ClaimFacts;
import org.peerpath.claim.ClaimReadiness;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.levelofcare.ServiceSetting;
import org.peerpath.member.MemberId;
import org.peerpath.service.GroupSession;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.StaffId;

/**
 * The claim facts of exactly one member and one peer, read from stored records (CHECK-1, D.5). For the application's
 * features that judge services (recording, lists, the work queue); they check access before they ask. Not for views.
 */
public interface ClaimFactsSource {

    /**
     * @throws org.peerpath.application.member.port.in.MemberNotFoundException when no such member is stored
     */
    ClaimFacts factsFor(MemberId member, StaffId peer);

    /**
     * CHECK-1: the claim check of a service not yet saved, on the facts of its member and peer; a group service
     * (GRP-1, GRP-3) is judged with the session it comes from, an individual one with {@code group} null. The one path
     * for the individual live check and the group check.
     *
     * @throws org.peerpath.application.member.port.in.MemberNotFoundException when no such member is stored
     */
    default ClaimCheckResult check(ServiceDraft draft, @Nullable GroupSession group) {
        ClaimFacts facts = factsFor(draft.member(), draft.peer());
        ClaimFacts judged = group == null ? facts : facts.withGroup(group);
        return resultOf(draft, judged, ClaimCheck.check(draft, judged));
    }

    /** CHECK-1, RPT-2: what the claim line would carry, as far as the service is filled in. */
    static ClaimCheckResult resultOf(ServiceDraft draft, ClaimFacts facts, ClaimReadiness readiness) {
        ServiceCode code = draft.code() == null ? ServiceCode.H0038 : draft.code();
        ServiceMinutes minutes = draft.minutes();
        Integer units = minutes == null ? null : facts.county().settings().unitsFor(minutes, code);
        @Nullable
        LevelOfCare open = draft.dateOfService() == null || draft.deliverySystem() == null
                ? null
                : ServiceSetting.on(draft.dateOfService(), draft.deliverySystem(), facts.episodes())
                        .level()
                        .orElse(null);
        return new ClaimCheckResult(
                code,
                units,
                draft.modality() == null
                        ? List.of()
                        : draft.modality().modifier().stream().toList(),
                draft.placeOfService() == null ? null : draft.placeOfService().code(),
                open,
                readiness);
    }
}
