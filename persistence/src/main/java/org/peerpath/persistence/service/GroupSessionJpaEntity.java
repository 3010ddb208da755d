package org.peerpath.persistence.service;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.peerpath.persistence.shared.VersionedJpaEntity;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.shared.DeliverySystem;

/** A recorded group session (GRP-1) with its facilitators and attendees in recorded order. */
@Entity
@Table(name = "group_session")
public class GroupSessionJpaEntity extends VersionedJpaEntity {

    @Column(name = "date_of_session", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Modality modality;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_of_service", nullable = false, length = 40)
    private PlaceOfService placeOfService;

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    @ElementCollection
    @CollectionTable(name = "group_session_facilitator", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<FacilitatorRow> facilitators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "group_session_attendee", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<AttendeeRow> attendees = new ArrayList<>();

    protected GroupSessionJpaEntity() {}

    GroupSessionJpaEntity(UUID id) {
        super(id);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public PlaceOfService getPlaceOfService() {
        return placeOfService;
    }

    public void setPlaceOfService(PlaceOfService placeOfService) {
        this.placeOfService = placeOfService;
    }

    public UUID getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(UUID recordedBy) {
        this.recordedBy = recordedBy;
    }

    public List<FacilitatorRow> getFacilitators() {
        return facilitators;
    }

    public List<AttendeeRow> getAttendees() {
        return attendees;
    }

    /** One facilitator with their minutes, the lead at position 0. */
    @Embeddable
    public static class FacilitatorRow {

        @Column(name = "staff_id", nullable = false)
        private UUID staffId;

        @Column(name = "contact_minutes", nullable = false)
        private int contactMinutes;

        @Column(name = "travel_minutes", nullable = false)
        private int travelMinutes;

        @Column(name = "documentation_minutes", nullable = false)
        private int documentationMinutes;

        public UUID getStaffId() {
            return staffId;
        }

        public void setStaffId(UUID staffId) {
            this.staffId = staffId;
        }

        public int getContactMinutes() {
            return contactMinutes;
        }

        public void setContactMinutes(int contactMinutes) {
            this.contactMinutes = contactMinutes;
        }

        public int getTravelMinutes() {
            return travelMinutes;
        }

        public void setTravelMinutes(int travelMinutes) {
            this.travelMinutes = travelMinutes;
        }

        public int getDocumentationMinutes() {
            return documentationMinutes;
        }

        public void setDocumentationMinutes(int documentationMinutes) {
            this.documentationMinutes = documentationMinutes;
        }
    }

    /** One attendee and the delivery system of their service. */
    @Embeddable
    public static class AttendeeRow {

        @Column(name = "member_id", nullable = false)
        private UUID memberId;

        @Enumerated(EnumType.STRING)
        @Column(name = "delivery_system", nullable = false, length = 10)
        private DeliverySystem deliverySystem;

        public UUID getMemberId() {
            return memberId;
        }

        public void setMemberId(UUID memberId) {
            this.memberId = memberId;
        }

        public DeliverySystem getDeliverySystem() {
            return deliverySystem;
        }

        public void setDeliverySystem(DeliverySystem deliverySystem) {
            this.deliverySystem = deliverySystem;
        }
    }
}
