package org.peerpath.persistence.service;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.persistence.shared.VersionedJpaEntity;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceStatus;
import org.peerpath.shared.DeliverySystem;

/** A recorded service with its note and addenda; any change raises the row's version. */
@Entity
@Table(name = "peer_service")
public class PeerServiceJpaEntity extends VersionedJpaEntity {

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Column(name = "peer_id", nullable = false)
    private UUID peerId;

    @Column(name = "date_of_service", nullable = false)
    private LocalDate dateOfService;

    @Column(name = "ended_at")
    @Nullable
    private LocalTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_system", nullable = false, length = 10)
    private DeliverySystem deliverySystem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ServiceCode code;

    /** SVC-1: the components' names, comma-separated. */
    @Column(nullable = false, length = 200)
    private String components;

    @Column(name = "contact_minutes", nullable = false)
    private int contactMinutes;

    @Column(name = "travel_minutes", nullable = false)
    private int travelMinutes;

    @Column(name = "documentation_minutes", nullable = false)
    private int documentationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Modality modality;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_of_service", nullable = false, length = 40)
    private PlaceOfService placeOfService;

    @Column(name = "member_present", nullable = false)
    private boolean memberPresent;

    @Column(name = "absence_reason", length = 500)
    @Nullable
    private String absenceReason;

    /** SVC-6: the providers or agencies contacted on the member's behalf. */
    @ElementCollection
    @CollectionTable(name = "peer_service_agency", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    private List<AgencyRow> agencies = new ArrayList<>();

    /** SVC-6, COL-2: the member's collaterals who took part. */
    @ElementCollection
    @CollectionTable(name = "peer_service_collateral", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @Column(name = "collateral_id", nullable = false)
    private List<UUID> collaterals = new ArrayList<>();

    /** GOAL-3: the goals addressed. */
    @ElementCollection
    @CollectionTable(name = "peer_service_goal", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @Column(name = "goal_id", nullable = false)
    private List<UUID> goals = new ArrayList<>();

    /** LOC-3: the move between levels of care the service supported, both or neither. */
    @Enumerated(EnumType.STRING)
    @Column(name = "transition_from", length = 40)
    @Nullable
    private LevelOfCare transitionFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "transition_to", length = 40)
    @Nullable
    private LevelOfCare transitionTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_of_care", length = 40)
    @Nullable
    private LevelOfCare levelOfCare;

    @Column(nullable = false)
    private boolean crisis;

    @Column(name = "plan_version_id")
    @Nullable
    private UUID planVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ServiceStatus status;

    @Column(name = "note_text", length = 8000)
    @Nullable
    private String noteText;

    @Column(name = "note_author_id")
    @Nullable
    private UUID noteAuthorId;

    @Column(name = "note_signed_at")
    @Nullable
    private LocalDateTime noteSignedAt;

    @Column(name = "note_cosigned_by")
    @Nullable
    private UUID noteCosignedBy;

    @Column(name = "note_cosigned_at")
    @Nullable
    private LocalDateTime noteCosignedAt;

    @Column(name = "void_reason", length = 500)
    @Nullable
    private String voidReason;

    @ElementCollection
    @CollectionTable(name = "peer_service_addendum", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    private List<AddendumRow> addenda = new ArrayList<>();

    /** GRP-1: the group session an attendee's service came from. */
    @Column(name = "group_session_id")
    @Nullable
    private UUID groupSessionId;

    protected PeerServiceJpaEntity() {}

    PeerServiceJpaEntity(UUID id) {
        super(id);
    }

    public UUID getMemberId() {
        return memberId;
    }

    public void setMemberId(UUID memberId) {
        this.memberId = memberId;
    }

    public UUID getPeerId() {
        return peerId;
    }

    public void setPeerId(UUID peerId) {
        this.peerId = peerId;
    }

    public LocalDate getDateOfService() {
        return dateOfService;
    }

    public void setDateOfService(LocalDate dateOfService) {
        this.dateOfService = dateOfService;
    }

    @Nullable
    public LocalTime getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(@Nullable LocalTime endedAt) {
        this.endedAt = endedAt;
    }

    public DeliverySystem getDeliverySystem() {
        return deliverySystem;
    }

    public void setDeliverySystem(DeliverySystem deliverySystem) {
        this.deliverySystem = deliverySystem;
    }

    public ServiceCode getCode() {
        return code;
    }

    public void setCode(ServiceCode code) {
        this.code = code;
    }

    public String getComponents() {
        return components;
    }

    public void setComponents(String components) {
        this.components = components;
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

    public boolean isMemberPresent() {
        return memberPresent;
    }

    public void setMemberPresent(boolean memberPresent) {
        this.memberPresent = memberPresent;
    }

    @Nullable
    public String getAbsenceReason() {
        return absenceReason;
    }

    public void setAbsenceReason(@Nullable String absenceReason) {
        this.absenceReason = absenceReason;
    }

    public List<AgencyRow> getAgencies() {
        return agencies;
    }

    public List<UUID> getCollaterals() {
        return collaterals;
    }

    public List<UUID> getGoals() {
        return goals;
    }

    @Nullable
    public LevelOfCare getTransitionFrom() {
        return transitionFrom;
    }

    public void setTransitionFrom(@Nullable LevelOfCare transitionFrom) {
        this.transitionFrom = transitionFrom;
    }

    @Nullable
    public LevelOfCare getTransitionTo() {
        return transitionTo;
    }

    public void setTransitionTo(@Nullable LevelOfCare transitionTo) {
        this.transitionTo = transitionTo;
    }

    @Nullable
    public LevelOfCare getLevelOfCare() {
        return levelOfCare;
    }

    public void setLevelOfCare(@Nullable LevelOfCare levelOfCare) {
        this.levelOfCare = levelOfCare;
    }

    public boolean isCrisis() {
        return crisis;
    }

    public void setCrisis(boolean crisis) {
        this.crisis = crisis;
    }

    @Nullable
    public UUID getPlanVersionId() {
        return planVersionId;
    }

    public void setPlanVersionId(@Nullable UUID planVersionId) {
        this.planVersionId = planVersionId;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceStatus status) {
        this.status = status;
    }

    @Nullable
    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(@Nullable String noteText) {
        this.noteText = noteText;
    }

    @Nullable
    public UUID getNoteAuthorId() {
        return noteAuthorId;
    }

    public void setNoteAuthorId(@Nullable UUID noteAuthorId) {
        this.noteAuthorId = noteAuthorId;
    }

    @Nullable
    public LocalDateTime getNoteSignedAt() {
        return noteSignedAt;
    }

    public void setNoteSignedAt(@Nullable LocalDateTime noteSignedAt) {
        this.noteSignedAt = noteSignedAt;
    }

    @Nullable
    public UUID getNoteCosignedBy() {
        return noteCosignedBy;
    }

    public void setNoteCosignedBy(@Nullable UUID noteCosignedBy) {
        this.noteCosignedBy = noteCosignedBy;
    }

    @Nullable
    public LocalDateTime getNoteCosignedAt() {
        return noteCosignedAt;
    }

    public void setNoteCosignedAt(@Nullable LocalDateTime noteCosignedAt) {
        this.noteCosignedAt = noteCosignedAt;
    }

    @Nullable
    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(@Nullable String voidReason) {
        this.voidReason = voidReason;
    }

    public List<AddendumRow> getAddenda() {
        return addenda;
    }

    @Nullable
    public UUID getGroupSessionId() {
        return groupSessionId;
    }

    public void setGroupSessionId(@Nullable UUID groupSessionId) {
        this.groupSessionId = groupSessionId;
    }
}
