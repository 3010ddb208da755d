package org.peerpath.persistence.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.shared.DeliverySystem;

/**
 * A group session in plain values, one component per column (GRP-1), checked by MapStruct against its row; the session
 * is rebuilt only by {@link GroupSessionJpaMapper#restore}, through {@code GroupSession.restore}.
 */
record GroupSessionSnapshot(
        UUID id,
        LocalDate date,
        String topic,
        Modality modality,
        PlaceOfService placeOfService,
        UUID recordedBy,
        List<FacilitatorSnapshot> facilitators,
        List<AttendeeSnapshot> attendees,
        long version) {

    /** GRP-1: one facilitator and their minutes, the lead first. */
    record FacilitatorSnapshot(UUID staffId, int contactMinutes, int travelMinutes, int documentationMinutes) {}

    /** One attendee and the delivery system of their service. */
    record AttendeeSnapshot(UUID memberId, DeliverySystem deliverySystem) {}
}
