package org.peerpath.persistence.service;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceStatus;
import org.peerpath.shared.DeliverySystem;

/** A recorded service with its note and addenda; any change raises the row's version. */
@Entity
@Table(name = "peer_service")
public class PeerServiceJpaEntity {

    @Id
    UUID id;

    @Column(name = "member_id", nullable = false)
    UUID memberId;

    @Column(name = "peer_id", nullable = false)
    UUID peerId;

    @Column(name = "date_of_service", nullable = false)
    LocalDate dateOfService;

    @Column(name = "ended_at")
    @Nullable
    LocalTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_system", nullable = false, length = 10)
    DeliverySystem deliverySystem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    ServiceCode code;

    /** SVC-1: the components' names, comma-separated. */
    @Column(nullable = false, length = 200)
    String components;

    @Column(name = "contact_minutes", nullable = false)
    int contactMinutes;

    @Column(name = "travel_minutes", nullable = false)
    int travelMinutes;

    @Column(name = "documentation_minutes", nullable = false)
    int documentationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Modality modality;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_of_service", nullable = false, length = 40)
    PlaceOfService placeOfService;

    @Column(name = "member_present", nullable = false)
    boolean memberPresent;

    @Column(name = "absence_reason", length = 500)
    @Nullable
    String absenceReason;

    /** SVC-6: the providers or agencies contacted on the member's behalf. */
    @ElementCollection
    @CollectionTable(name = "peer_service_agency", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    List<AgencyRow> agencies = new ArrayList<>();

    /** SVC-6, COL-2: the member's collaterals who took part. */
    @ElementCollection
    @CollectionTable(name = "peer_service_collateral", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @Column(name = "collateral_id", nullable = false)
    List<UUID> collaterals = new ArrayList<>();

    /** GOAL-3: the goals addressed. */
    @ElementCollection
    @CollectionTable(name = "peer_service_goal", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @Column(name = "goal_id", nullable = false)
    List<UUID> goals = new ArrayList<>();

    /** LOC-3: the move between levels of care the service supported, both or neither. */
    @Enumerated(EnumType.STRING)
    @Column(name = "transition_from", length = 40)
    @Nullable
    LevelOfCare transitionFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "transition_to", length = 40)
    @Nullable
    LevelOfCare transitionTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_of_care", length = 40)
    @Nullable
    LevelOfCare levelOfCare;

    @Column(nullable = false)
    boolean crisis;

    @Column(name = "plan_version_id")
    @Nullable
    UUID planVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ServiceStatus status;

    @Column(name = "note_text", length = 8000)
    @Nullable
    String noteText;

    @Column(name = "note_author_id")
    @Nullable
    UUID noteAuthorId;

    @Column(name = "note_signed_at")
    @Nullable
    LocalDateTime noteSignedAt;

    @Column(name = "note_cosigned_by")
    @Nullable
    UUID noteCosignedBy;

    @Column(name = "void_reason", length = 500)
    @Nullable
    String voidReason;

    @ElementCollection
    @CollectionTable(name = "peer_service_addendum", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    List<AddendumRow> addenda = new ArrayList<>();

    @Version
    long version;

    /** GRP-1: the group session an attendee's service came from. */
    @Column(name = "group_session_id")
    @Nullable
    UUID groupSessionId;
}
