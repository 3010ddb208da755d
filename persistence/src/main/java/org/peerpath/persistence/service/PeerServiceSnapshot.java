package org.peerpath.persistence.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.service.Addendum;
import org.peerpath.service.AgencyContact;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceComponent;
import org.peerpath.service.ServiceStatus;
import org.peerpath.shared.DeliverySystem;

/**
 * A recorded service in plain values, one component per column, so that MapStruct checks the row against it property
 * by property; the service is rebuilt only by {@link PeerServiceJpaMapper#restore}, through the draft's builder and
 * {@code PeerService.restore}.
 */
record PeerServiceSnapshot(
        UUID id,
        UUID memberId,
        UUID peerId,
        LocalDate dateOfService,
        @Nullable LocalTime endedAt,
        DeliverySystem deliverySystem,
        ServiceCode code,
        Set<ServiceComponent> components,
        int contactMinutes,
        int travelMinutes,
        int documentationMinutes,
        Modality modality,
        PlaceOfService placeOfService,
        boolean memberPresent,
        @Nullable String absenceReason,
        List<AgencySnapshot> agencies,
        List<UUID> collaterals,
        List<UUID> goals,
        @Nullable LevelOfCare transitionFrom,
        @Nullable LevelOfCare transitionTo,
        @Nullable LevelOfCare levelOfCare,
        boolean crisis,
        @Nullable UUID planVersionId,
        ServiceStatus status,
        @Nullable String noteText,
        @Nullable UUID noteAuthorId,
        @Nullable LocalDateTime noteSignedAt,
        @Nullable UUID noteCosignedBy,
        @Nullable LocalDateTime noteCosignedAt,
        @Nullable String voidReason,
        List<AddendumSnapshot> addenda,
        @Nullable UUID groupSessionId,
        long version) {

    /** SVC-6: a provider or agency contacted on the member's behalf. */
    record AgencySnapshot(String organization, AgencyContact.Purpose purpose) {}

    /** SVC-9: an addendum to the signed note. */
    record AddendumSnapshot(String text, UUID authorId, LocalDateTime writtenAt) {}

    /** What the service holds beyond its draft and note: its key, the plan version in force, its state, its addenda. */
    record Recorded(
            UUID id,
            @Nullable UUID planVersionId,
            ServiceStatus status,
            @Nullable String voidReason,
            List<Addendum> addenda,
            long version) {}
}
