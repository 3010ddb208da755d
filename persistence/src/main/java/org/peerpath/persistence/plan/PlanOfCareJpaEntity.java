package org.peerpath.persistence.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.persistence.shared.VersionedJpaEntity;
import org.peerpath.plan.PlanStatus;
import org.peerpath.plan.QualifiedProfessional;

/** One version of a member's Plan of Care, in whichever state of its lifecycle (POC-4). */
@Entity
@Table(name = "plan_of_care")
public class PlanOfCareJpaEntity extends VersionedJpaEntity {

    @Column(nullable = false)
    private UUID lineage;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Column(name = "peer_id", nullable = false)
    private UUID peerId;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Enumerated(EnumType.STRING)
    @Column(length = 50)
    @Nullable
    private QualifiedProfessional profession;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PlanStatus status;

    @Column(nullable = false, columnDefinition = "text")
    private String narrative;

    @Column(length = 200)
    @Nullable
    private String amount;

    @Column(length = 200)
    @Nullable
    private String duration;

    @Column(length = 1000)
    @Nullable
    private String scope;

    @Column(name = "treatment_plan_reference", length = 100)
    @Nullable
    private String treatmentPlanReference;

    @Column(name = "development_session")
    @Nullable
    private UUID developmentSession;

    @Column(name = "signed_by")
    @Nullable
    private UUID signedBy;

    @Column(name = "signed_on")
    @Nullable
    private LocalDate signedOn;

    @Column(name = "peer_review_by")
    @Nullable
    private UUID peerReviewBy;

    @Column(name = "peer_review_on")
    @Nullable
    private LocalDate peerReviewOn;

    @Column(name = "supervisor_review_by")
    @Nullable
    private UUID supervisorReviewBy;

    @Column(name = "supervisor_review_on")
    @Nullable
    private LocalDate supervisorReviewOn;

    @Column(name = "cosigned_by")
    @Nullable
    private UUID cosignedBy;

    @Column(name = "cosigned_on")
    @Nullable
    private LocalDate cosignedOn;

    @Column(name = "returned_by")
    @Nullable
    private UUID returnedBy;

    @Column(name = "returned_on")
    @Nullable
    private LocalDate returnedOn;

    @Column(name = "return_comment", length = 2000)
    @Nullable
    private String returnComment;

    @Column(name = "superseded_on")
    @Nullable
    private LocalDate supersededOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_goal", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<GoalRow> goals = new ArrayList<>();

    protected PlanOfCareJpaEntity() {}

    PlanOfCareJpaEntity(UUID id) {
        super(id);
    }

    public UUID getLineage() {
        return lineage;
    }

    public void setLineage(UUID lineage) {
        this.lineage = lineage;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(int versionNumber) {
        this.versionNumber = versionNumber;
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

    public UUID getAuthorId() {
        return authorId;
    }

    public void setAuthorId(UUID authorId) {
        this.authorId = authorId;
    }

    @Nullable
    public QualifiedProfessional getProfession() {
        return profession;
    }

    public void setProfession(@Nullable QualifiedProfessional profession) {
        this.profession = profession;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    @Nullable
    public String getAmount() {
        return amount;
    }

    public void setAmount(@Nullable String amount) {
        this.amount = amount;
    }

    @Nullable
    public String getDuration() {
        return duration;
    }

    public void setDuration(@Nullable String duration) {
        this.duration = duration;
    }

    @Nullable
    public String getScope() {
        return scope;
    }

    public void setScope(@Nullable String scope) {
        this.scope = scope;
    }

    @Nullable
    public String getTreatmentPlanReference() {
        return treatmentPlanReference;
    }

    public void setTreatmentPlanReference(@Nullable String treatmentPlanReference) {
        this.treatmentPlanReference = treatmentPlanReference;
    }

    @Nullable
    public UUID getDevelopmentSession() {
        return developmentSession;
    }

    public void setDevelopmentSession(@Nullable UUID developmentSession) {
        this.developmentSession = developmentSession;
    }

    @Nullable
    public UUID getSignedBy() {
        return signedBy;
    }

    public void setSignedBy(@Nullable UUID signedBy) {
        this.signedBy = signedBy;
    }

    @Nullable
    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(@Nullable LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    @Nullable
    public UUID getPeerReviewBy() {
        return peerReviewBy;
    }

    public void setPeerReviewBy(@Nullable UUID peerReviewBy) {
        this.peerReviewBy = peerReviewBy;
    }

    @Nullable
    public LocalDate getPeerReviewOn() {
        return peerReviewOn;
    }

    public void setPeerReviewOn(@Nullable LocalDate peerReviewOn) {
        this.peerReviewOn = peerReviewOn;
    }

    @Nullable
    public UUID getSupervisorReviewBy() {
        return supervisorReviewBy;
    }

    public void setSupervisorReviewBy(@Nullable UUID supervisorReviewBy) {
        this.supervisorReviewBy = supervisorReviewBy;
    }

    @Nullable
    public LocalDate getSupervisorReviewOn() {
        return supervisorReviewOn;
    }

    public void setSupervisorReviewOn(@Nullable LocalDate supervisorReviewOn) {
        this.supervisorReviewOn = supervisorReviewOn;
    }

    @Nullable
    public UUID getCosignedBy() {
        return cosignedBy;
    }

    public void setCosignedBy(@Nullable UUID cosignedBy) {
        this.cosignedBy = cosignedBy;
    }

    @Nullable
    public LocalDate getCosignedOn() {
        return cosignedOn;
    }

    public void setCosignedOn(@Nullable LocalDate cosignedOn) {
        this.cosignedOn = cosignedOn;
    }

    @Nullable
    public UUID getReturnedBy() {
        return returnedBy;
    }

    public void setReturnedBy(@Nullable UUID returnedBy) {
        this.returnedBy = returnedBy;
    }

    @Nullable
    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public void setReturnedOn(@Nullable LocalDate returnedOn) {
        this.returnedOn = returnedOn;
    }

    @Nullable
    public String getReturnComment() {
        return returnComment;
    }

    public void setReturnComment(@Nullable String returnComment) {
        this.returnComment = returnComment;
    }

    @Nullable
    public LocalDate getSupersededOn() {
        return supersededOn;
    }

    public void setSupersededOn(@Nullable LocalDate supersededOn) {
        this.supersededOn = supersededOn;
    }

    public List<GoalRow> getGoals() {
        return goals;
    }
}
