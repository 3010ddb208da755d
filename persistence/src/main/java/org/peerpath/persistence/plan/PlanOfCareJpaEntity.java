package org.peerpath.persistence.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.plan.PlanStatus;
import org.peerpath.plan.QualifiedProfessional;

/** One version of a member's Plan of Care, in whichever state of its lifecycle (POC-4). */
@Entity
@Table(name = "plan_of_care")
public class PlanOfCareJpaEntity {

    @Id
    UUID id;

    @Column(nullable = false)
    UUID lineage;

    @Column(name = "version_number", nullable = false)
    int versionNumber;

    @Column(name = "member_id", nullable = false)
    UUID memberId;

    @Column(name = "peer_id", nullable = false)
    UUID peerId;

    @Column(name = "author_id", nullable = false)
    UUID authorId;

    @Enumerated(EnumType.STRING)
    @Column(length = 50)
    @Nullable
    QualifiedProfessional profession;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    PlanStatus status;

    @Column(nullable = false, columnDefinition = "text")
    String narrative;

    @Column(length = 200)
    @Nullable
    String amount;

    @Column(length = 200)
    @Nullable
    String duration;

    @Column(length = 1000)
    @Nullable
    String scope;

    @Column(name = "treatment_plan_reference", length = 100)
    @Nullable
    String treatmentPlanReference;

    @Column(name = "development_session")
    @Nullable
    UUID developmentSession;

    @Column(name = "signed_by")
    @Nullable
    UUID signedBy;

    @Column(name = "signed_on")
    @Nullable
    LocalDate signedOn;

    @Column(name = "peer_review_by")
    @Nullable
    UUID peerReviewBy;

    @Column(name = "peer_review_on")
    @Nullable
    LocalDate peerReviewOn;

    @Column(name = "supervisor_review_by")
    @Nullable
    UUID supervisorReviewBy;

    @Column(name = "supervisor_review_on")
    @Nullable
    LocalDate supervisorReviewOn;

    @Column(name = "cosigned_by")
    @Nullable
    UUID cosignedBy;

    @Column(name = "cosigned_on")
    @Nullable
    LocalDate cosignedOn;

    @Column(name = "returned_by")
    @Nullable
    UUID returnedBy;

    @Column(name = "returned_on")
    @Nullable
    LocalDate returnedOn;

    @Column(name = "return_comment", length = 2000)
    @Nullable
    String returnComment;

    @Column(name = "superseded_on")
    @Nullable
    LocalDate supersededOn;

    @Version
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_goal", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    List<GoalRow> goals = new ArrayList<>();

    protected PlanOfCareJpaEntity() {}

    PlanOfCareJpaEntity(UUID id) {
        this.id = id;
    }
}
