package org.peerpath.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.collateral.CollateralId;
import org.peerpath.goal.GoalId;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.levelofcare.Transition;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/**
 * A peer service as far as it is filled in: what the claim check reads (CHECK-1). Anything may still be missing; the
 * check reports missing parts as findings. A recorded {@link PeerService} gives its own via {@link
 * PeerService#asDraft()}.
 */
public record ServiceDraft(
        MemberId member,
        StaffId peer,
        @Nullable LocalDate dateOfService,
        @Nullable LocalTime endedAt,
        @Nullable DeliverySystem deliverySystem,
        @Nullable ServiceCode code,
        Set<ServiceComponent> components,
        @Nullable ServiceMinutes minutes,
        @Nullable Modality modality,
        @Nullable PlaceOfService placeOfService,
        boolean memberPresent,
        List<CollateralId> collateralParticipants,
        List<AgencyContact> agencyContacts,
        @Nullable String absenceReason,
        List<GoalId> goals,
        @Nullable LevelOfCare levelOfCare,
        @Nullable Transition transition,
        @Nullable GroupSessionId groupSession,
        boolean crisis,
        @Nullable LocalDateTime noteSignedAt,
        boolean noteCosigned,
        boolean voided) {

    public ServiceDraft {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(peer, "peer");
        components = Set.copyOf(components);
        collateralParticipants = List.copyOf(collateralParticipants);
        agencyContacts = List.copyOf(agencyContacts);
        goals = List.copyOf(goals);
    }

    /** An empty service for a member and peer: the start of recording. */
    public static ServiceDraft start(MemberId member, StaffId peer) {
        return new ServiceDraft(
                member, peer, null, null, null, null, Set.of(), null, null, null, true, List.of(), List.of(), null,
                List.of(), null, null, null, false, null, false, false);
    }

    /** SVC-6: collaterals or other providers and agencies took part; the member may then be absent. */
    public boolean hasParticipants() {
        return !collateralParticipants.isEmpty() || !agencyContacts.isEmpty();
    }

    public boolean hasAbsenceReason() {
        return absenceReason != null && !absenceReason.isBlank();
    }
}
