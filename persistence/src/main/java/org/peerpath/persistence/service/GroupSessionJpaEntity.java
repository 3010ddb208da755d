package org.peerpath.persistence.service;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.shared.DeliverySystem;

/** A recorded group session (GRP-1) with its facilitators and attendees in recorded order. */
@Entity
@Table(name = "group_session")
public class GroupSessionJpaEntity {

    @Id
    UUID id;

    @Column(name = "date_of_session", nullable = false)
    LocalDate date;

    @Column(nullable = false, length = 200)
    String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Modality modality;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_of_service", nullable = false, length = 40)
    PlaceOfService placeOfService;

    @Column(name = "recorded_by", nullable = false)
    UUID recordedBy;

    @ElementCollection
    @CollectionTable(name = "group_session_facilitator", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    List<FacilitatorRow> facilitators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "group_session_attendee", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    List<AttendeeRow> attendees = new ArrayList<>();

    @Version
    long version;

    /** One facilitator with their minutes, the lead at position 0. */
    @Embeddable
    public static class FacilitatorRow {

        @Column(name = "staff_id", nullable = false)
        UUID staffId;

        @Column(name = "contact_minutes", nullable = false)
        int contactMinutes;

        @Column(name = "travel_minutes", nullable = false)
        int travelMinutes;

        @Column(name = "documentation_minutes", nullable = false)
        int documentationMinutes;
    }

    /** One attendee and the delivery system of their service. */
    @Embeddable
    public static class AttendeeRow {

        @Column(name = "member_id", nullable = false)
        UUID memberId;

        @Enumerated(EnumType.STRING)
        @Column(name = "delivery_system", nullable = false, length = 10)
        DeliverySystem deliverySystem;
    }
}
