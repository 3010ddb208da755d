package org.peerpath.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalId;
import org.peerpath.member.MemberId;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;

/**
 * One version of a member's Plan of Care (POC), as a lifecycle of types: {@link DraftPlan} → {@link SignedPlan} →
 * {@link CompletePlan} (co-signed or reviewed), a signed plan may be {@link ReturnedPlan returned} with a comment, and a
 * complete plan is {@link SupersededPlan superseded} once a newer version is complete. A complete plan always holds its
 * co-sign or both reviews, so a plan without them cannot be built as complete. A peer service is claimable only while
 * a complete version is in force on its date (POC-1).
 */
public sealed interface PlanOfCare permits EditablePlan, SignedPlan, CompletePlan, SupersededPlan {

    /** POC-1: the progress note type the plan is filed under. */
    String NOTE_TYPE = "Peer Specialist – Plan of Care";

    /** POC-6: the Santa Cruz template that can prefill the narrative. */
    String SANTA_CRUZ_TEMPLATE = "Certified Peer Support Specialist \"Peer\" met with person in"
            + " care to develop the Plan of Care by discussing goals around their recovery and to establish a plan to"
            + " meet these goals. The Peer will work with person in care and/or their significant support person to"
            + " help them obtain their goals of (). Peer will provide services to support the goals of the client"
            + " that were determined during the assessment, including providing coordination services, supporting in"
            + " development of coping mechanisms, and supporting the client with learning tools to cope with their"
            + " behavioral health challenges. This plan was reviewed with the person in care and approved by a Peer"
            + " Support Specialist Supervisor.";

    int MAX_NARRATIVE_LENGTH = PlanContent.MAX_NARRATIVE_LENGTH;

    PlanContent content();

    PlanStatus status();

    /** POC-2, POC-3, POC-4: starts version 1 of a plan for {@code member}, delivered by {@code peer}. */
    static DraftPlan draft(MemberId member, StaffId peer, Authorship authorship, @Nullable String narrative) {
        return new DraftPlan(PlanContent.first(member, peer, authorship, narrative));
    }

    /** POC-4: the version in force on {@code date}: the latest complete one completed on or before it. */
    static Optional<PlanOfCare> versionInForceOn(List<PlanOfCare> versions, LocalDate date) {
        return versions.stream()
                .filter(p -> p.completedOn().filter(on -> !on.isAfter(date)).isPresent())
                .max(Comparator.comparing((PlanOfCare p) -> p.completedOn().orElseThrow())
                        .thenComparing(PlanOfCare::versionNumber));
    }

    /** POC-4: the date the plan became complete; superseded plans keep theirs. */
    default Optional<LocalDate> completedOn() {
        return switch (this) {
            case CompletePlan complete -> Optional.of(complete.completion().completedOn());
            case SupersededPlan superseded ->
                Optional.of(superseded.plan().completion().completedOn());
            case EditablePlan editable -> Optional.empty();
            case SignedPlan signed -> Optional.empty();
        };
    }

    /** POC-4: the plan as an editable draft or returned plan; a signed or complete plan is refused. */
    default EditablePlan editable() {
        return switch (this) {
            case EditablePlan editable -> editable;
            case CompletePlan complete -> throw new PlanOfCareException.Locked();
            case SupersededPlan superseded -> throw new PlanOfCareException.Locked();
            case SignedPlan signed -> throw new PlanOfCareException.WrongStatus(PlanStatus.SIGNED);
        };
    }

    /** POC-2, POC-3: the plan as one waiting for sign-off; any other state is refused. */
    default SignedPlan awaitingSignOff() {
        if (this instanceof SignedPlan signed) {
            return signed;
        }
        throw new PlanOfCareException.WrongStatus(status());
    }

    /** POC-4: the plan as a complete one, to start a new version from; any other state is refused. */
    default CompletePlan complete() {
        if (this instanceof CompletePlan complete) {
            return complete;
        }
        throw new PlanOfCareException.WrongStatus(status());
    }

    default PlanOfCareId id() {
        return content().id();
    }

    default PlanOfCareId lineage() {
        return content().lineage();
    }

    default int versionNumber() {
        return content().versionNumber();
    }

    default MemberId member() {
        return content().member();
    }

    default StaffId peer() {
        return content().peer();
    }

    default Authorship authorship() {
        return content().authorship();
    }

    default String narrative() {
        return content().narrative();
    }

    default List<Goal> goals() {
        return content().goals();
    }

    default Optional<AmountDurationScope> amountDurationScope() {
        return Optional.ofNullable(content().amountDurationScope());
    }

    default Optional<String> treatmentPlanReference() {
        return Optional.ofNullable(content().treatmentPlanReference());
    }

    /** POC-5: the flag is the presence of the reference. */
    default boolean isEmbeddedInTreatmentPlan() {
        return content().treatmentPlanReference() != null;
    }

    /** POC-1: the plan-development session this plan names, if any. */
    default Optional<ServiceId> developmentSession() {
        return Optional.ofNullable(content().developmentSession());
    }

    default boolean hasGoal(GoalId goal) {
        return goals().stream().anyMatch(g -> g.id().equals(goal));
    }

    default boolean isAuthoredByPeer() {
        return authorship() instanceof Authorship.ByPeer;
    }

    default long version() {
        return content().version();
    }
}
