package org.peerpath.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalId;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.peerpath.shared.Text;

/**
 * One version of a member's Plan of Care (POC). A peer service is claimable only while a complete version is in force
 * on its date (POC-1). Versions share a {@code lineage}; a new version starts from a complete one (POC-4).
 */
public final class PlanOfCare {

    /** POC-1: the progress note type the plan is filed under. */
    public static final String NOTE_TYPE = "Peer Specialist – Plan of Care";

    /** POC-6: the Santa Cruz template that can prefill the narrative. */
    public static final String SANTA_CRUZ_TEMPLATE = "Certified Peer Support Specialist \"Peer\" met with person in"
            + " care to develop the Plan of Care by discussing goals around their recovery and to establish a plan to"
            + " meet these goals. The Peer will work with person in care and/or their significant support person to"
            + " help them obtain their goals of (). Peer will provide services to support the goals of the client"
            + " that were determined during the assessment, including providing coordination services, supporting in"
            + " development of coping mechanisms, and supporting the client with learning tools to cope with their"
            + " behavioral health challenges. This plan was reviewed with the person in care and approved by a Peer"
            + " Support Specialist Supervisor.";

    public static final int MAX_NARRATIVE_LENGTH = 8000;

    private final PlanOfCareId id;
    private final PlanOfCareId lineage;
    private final int versionNumber;
    private final MemberId member;
    private final StaffId peer;
    private final Authorship authorship;
    private final PlanStatus status;
    private final String narrative;
    private final @Nullable AmountDurationScope amountDurationScope;
    private final List<Goal> goals;
    private final @Nullable String treatmentPlanReference;
    private final @Nullable SignOff signed;
    private final @Nullable SignOff peerReview;
    private final @Nullable SignOff supervisorSignOff;
    private final @Nullable String returnComment;
    private final @Nullable ServiceId developmentSession;
    private final long version;

    private PlanOfCare(
            PlanOfCareId id,
            PlanOfCareId lineage,
            int versionNumber,
            MemberId member,
            StaffId peer,
            Authorship authorship,
            PlanStatus status,
            String narrative,
            @Nullable AmountDurationScope amountDurationScope,
            List<Goal> goals,
            @Nullable String treatmentPlanReference,
            @Nullable SignOff signed,
            @Nullable SignOff peerReview,
            @Nullable SignOff supervisorSignOff,
            @Nullable String returnComment,
            @Nullable ServiceId developmentSession,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.lineage = Objects.requireNonNull(lineage, "lineage");
        this.versionNumber = versionNumber;
        this.member = Objects.requireNonNull(member, "member");
        this.peer = Objects.requireNonNull(peer, "peer");
        this.authorship = Objects.requireNonNull(authorship, "authorship");
        this.status = Objects.requireNonNull(status, "status");
        this.narrative = narrative;
        this.amountDurationScope = amountDurationScope;
        this.goals = List.copyOf(goals);
        this.treatmentPlanReference = treatmentPlanReference;
        this.signed = signed;
        this.peerReview = peerReview;
        this.supervisorSignOff = supervisorSignOff;
        this.returnComment = returnComment;
        this.developmentSession = developmentSession;
        this.version = version;
    }

    /** POC-2, POC-3: starts version 1 of a plan for {@code member}, delivered by {@code peer}. */
    public static PlanOfCare draft(MemberId member, StaffId peer, Authorship authorship, @Nullable String narrative) {
        PlanOfCareId id = PlanOfCareId.newId();
        return new PlanOfCare(
                id,
                id,
                1,
                member,
                peer,
                authorship,
                PlanStatus.DRAFT,
                validNarrative(narrative),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                0);
    }

    /** Rebuilds a plan version from storage; for persistence adapters only. */
    public static PlanOfCare restore(
            PlanOfCareId id,
            PlanOfCareId lineage,
            int versionNumber,
            MemberId member,
            StaffId peer,
            Authorship authorship,
            PlanStatus status,
            String narrative,
            @Nullable AmountDurationScope amountDurationScope,
            List<Goal> goals,
            @Nullable String treatmentPlanReference,
            @Nullable SignOff signed,
            @Nullable SignOff peerReview,
            @Nullable SignOff supervisorSignOff,
            @Nullable String returnComment,
            @Nullable ServiceId developmentSession,
            long version) {
        return new PlanOfCare(
                id,
                lineage,
                versionNumber,
                member,
                peer,
                authorship,
                status,
                narrative,
                amountDurationScope,
                goals,
                treatmentPlanReference,
                signed,
                peerReview,
                supervisorSignOff,
                returnComment,
                developmentSession,
                version);
    }

    /** POC-4: the version in force on {@code date}: the latest complete one completed on or before it. */
    public static Optional<PlanOfCare> versionInForceOn(List<PlanOfCare> versions, LocalDate date) {
        return versions.stream()
                .filter(p -> p.completedOn().filter(on -> !on.isAfter(date)).isPresent())
                .max(Comparator.comparing((PlanOfCare p) -> p.completedOn().orElseThrow())
                        .thenComparing(PlanOfCare::versionNumber));
    }

    public PlanOfCare reviseNarrative(@Nullable String newNarrative) {
        requireEditable();
        return edited(validNarrative(newNarrative), amountDurationScope, goals, treatmentPlanReference);
    }

    /** POC-6: sets amount, duration and scope. */
    public PlanOfCare describeServices(AmountDurationScope services) {
        requireEditable();
        return edited(narrative, services, goals, treatmentPlanReference);
    }

    /** POC-6, GOAL-1: adds a goal defined with the member. */
    public PlanOfCare addGoal(Goal goal) {
        requireEditable();
        List<Goal> updated = new ArrayList<>(goals);
        updated.add(goal);
        return edited(narrative, amountDurationScope, updated, treatmentPlanReference);
    }

    /** POC-5: flags the plan as part of a DMC/DMC-ODS comprehensive treatment plan, by its reference. */
    public PlanOfCare embedInTreatmentPlan(DeliverySystem deliverySystem, @Nullable String reference) {
        requireEditable();
        if (!deliverySystem.isSubstanceUse()) {
            throw new PlanOfCareException.EmbeddingSudOnly();
        }
        return edited(
                narrative,
                amountDurationScope,
                goals,
                Text.required("treatmentPlanReference", "Treatment plan reference", reference, 100));
    }

    /** POC-4: the author signs; the plan then waits for co-sign (POC-2) or reviews (POC-3). */
    public PlanOfCare sign(StaffId signer, LocalDate on) {
        requireEditable();
        if (!signer.equals(author())) {
            throw new PlanOfCareException.NotAllowed("plan.not-author", "Only the author signs the Plan of Care");
        }
        if (amountDurationScope == null) {
            throw new PlanOfCareException.Incomplete("State the amount, duration and scope of peer services");
        }
        if (goals.isEmpty()) {
            throw new PlanOfCareException.Incomplete("Add at least one goal defined with the member");
        }
        return next(PlanStatus.SIGNED, new SignOff(signer, on), null, null, null);
    }

    /**
     * POC-2: a supervisor qualified on {@code on} (by default the peer's own supervisor that day) co-signs a plan the
     * peer wrote; it becomes complete and is in force from that date.
     */
    public PlanOfCare cosign(StaffId supervisor, LocalDate on, SignOffAuthority authority) {
        requireSigned();
        if (!(authorship instanceof Authorship.ByPeer)) {
            throw new PlanOfCareException.NotAllowed(
                    "plan.review-required", "A plan written on the peer's behalf is reviewed, not co-signed");
        }
        authority.requireMaySignOff(supervisor, peer, on);
        return next(PlanStatus.COMPLETE, signed, null, new SignOff(supervisor, on), null);
    }

    /** POC-3: the peer reviews a plan written on their behalf. */
    public PlanOfCare reviewAsPeer(StaffId reviewer, LocalDate on) {
        requireReviewable();
        if (!reviewer.equals(peer)) {
            throw new PlanOfCareException.NotAllowed("plan.not-the-peer", "Only the member's peer reviews as the peer");
        }
        SignOff review = new SignOff(reviewer, on);
        return next(statusAfterReviews(review, supervisorSignOff), signed, review, supervisorSignOff, null);
    }

    /** POC-3: the peer's supervisor reviews a plan written on the peer's behalf. */
    public PlanOfCare reviewAsSupervisor(StaffId supervisor, LocalDate on, SignOffAuthority authority) {
        requireReviewable();
        authority.requireMaySignOff(supervisor, peer, on);
        SignOff review = new SignOff(supervisor, on);
        return next(statusAfterReviews(peerReview, review), signed, peerReview, review, null);
    }

    /** POC-4: the supervisor sends a signed plan back to its author with a comment. */
    public PlanOfCare returnToAuthor(
            StaffId supervisor, LocalDate on, @Nullable String comment, SignOffAuthority authority) {
        requireSigned();
        authority.requireMaySignOff(supervisor, peer, on);
        return next(
                PlanStatus.RETURNED,
                null,
                null,
                null,
                Text.required("returnComment", "Comment for the author", comment, 2000));
    }

    /** POC-4: a new draft version starting from this complete one; this version stays readable and in force. */
    public PlanOfCare startNewVersion() {
        if (status != PlanStatus.COMPLETE) {
            throw new PlanOfCareException.WrongStatus(status, "Only a complete plan gets a new version");
        }
        return new PlanOfCare(
                PlanOfCareId.newId(),
                lineage,
                versionNumber + 1,
                member,
                peer,
                authorship,
                PlanStatus.DRAFT,
                narrative,
                amountDurationScope,
                goals,
                treatmentPlanReference,
                null,
                null,
                null,
                null,
                null,
                0);
    }

    /** POC-4: the date the plan became complete. */
    public Optional<LocalDate> completedOn() {
        if (status != PlanStatus.COMPLETE) {
            return Optional.empty();
        }
        LocalDate completed = Objects.requireNonNull(supervisorSignOff).on();
        return Optional.of(peerReview != null && peerReview.on().isAfter(completed) ? peerReview.on() : completed);
    }

    /** POC-1: names the session in which the peer met the member to develop this plan; claimable once it is complete. */
    public PlanOfCare developedIn(ServiceId session) {
        requireEditable();
        return new PlanOfCare(
                id,
                lineage,
                versionNumber,
                member,
                peer,
                authorship,
                status,
                narrative,
                amountDurationScope,
                goals,
                treatmentPlanReference,
                signed,
                peerReview,
                supervisorSignOff,
                returnComment,
                Objects.requireNonNull(session, "session"),
                version);
    }

    /** POC-1: the plan-development session this plan names, if any. */
    public Optional<ServiceId> developmentSession() {
        return Optional.ofNullable(developmentSession);
    }

    public boolean hasGoal(GoalId goal) {
        return goals.stream().anyMatch(g -> g.id().equals(goal));
    }

    public boolean isAuthoredByPeer() {
        return authorship instanceof Authorship.ByPeer;
    }

    public PlanOfCareId id() {
        return id;
    }

    public PlanOfCareId lineage() {
        return lineage;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public MemberId member() {
        return member;
    }

    public StaffId peer() {
        return peer;
    }

    public Authorship authorship() {
        return authorship;
    }

    public PlanStatus status() {
        return status;
    }

    public String narrative() {
        return narrative;
    }

    public Optional<AmountDurationScope> amountDurationScope() {
        return Optional.ofNullable(amountDurationScope);
    }

    public List<Goal> goals() {
        return goals;
    }

    /** POC-5: the flag is the presence of the reference. */
    public boolean isEmbeddedInTreatmentPlan() {
        return treatmentPlanReference != null;
    }

    public Optional<String> treatmentPlanReference() {
        return Optional.ofNullable(treatmentPlanReference);
    }

    public Optional<SignOff> signed() {
        return Optional.ofNullable(signed);
    }

    public Optional<SignOff> peerReview() {
        return Optional.ofNullable(peerReview);
    }

    /** The supervisor's co-sign (POC-2) or review (POC-3). */
    public Optional<SignOff> supervisorSignOff() {
        return Optional.ofNullable(supervisorSignOff);
    }

    public Optional<String> returnComment() {
        return Optional.ofNullable(returnComment);
    }

    public long version() {
        return version;
    }

    private StaffId author() {
        return switch (authorship) {
            case Authorship.ByPeer byPeer -> peer;
            case Authorship.OnPeersBehalf onBehalf -> onBehalf.author();
        };
    }

    private PlanStatus statusAfterReviews(@Nullable SignOff peerReviewed, @Nullable SignOff supervisorReviewed) {
        return peerReviewed != null && supervisorReviewed != null ? PlanStatus.COMPLETE : PlanStatus.SIGNED;
    }

    private void requireEditable() {
        if (status == PlanStatus.COMPLETE) {
            throw new PlanOfCareException.Locked();
        }
        if (status == PlanStatus.SIGNED) {
            throw new PlanOfCareException.WrongStatus(
                    status, "This plan is signed and waiting for sign-off; it can be changed only if it is returned");
        }
    }

    private void requireSigned() {
        if (status != PlanStatus.SIGNED) {
            throw new PlanOfCareException.WrongStatus(status, "Only a signed plan can be signed off or returned");
        }
    }

    private void requireReviewable() {
        requireSigned();
        if (authorship instanceof Authorship.ByPeer) {
            throw new PlanOfCareException.NotAllowed(
                    "plan.cosign-required", "A plan the peer wrote is co-signed by the supervisor, not reviewed");
        }
    }

    private static String validNarrative(@Nullable String narrative) {
        String text = narrative == null ? "" : narrative.strip();
        if (text.length() > MAX_NARRATIVE_LENGTH) {
            throw new InvalidValueException(
                    "narrative", "Narrative can be at most " + MAX_NARRATIVE_LENGTH + " characters");
        }
        return text;
    }

    private PlanOfCare edited(
            String narrative,
            @Nullable AmountDurationScope amountDurationScope,
            List<Goal> goals,
            @Nullable String treatmentPlanReference) {
        return new PlanOfCare(
                id,
                lineage,
                versionNumber,
                member,
                peer,
                authorship,
                status,
                narrative,
                amountDurationScope,
                goals,
                treatmentPlanReference,
                signed,
                peerReview,
                supervisorSignOff,
                returnComment,
                developmentSession,
                version);
    }

    private PlanOfCare next(
            PlanStatus newStatus,
            @Nullable SignOff signed,
            @Nullable SignOff peerReview,
            @Nullable SignOff supervisorSignOff,
            @Nullable String returnComment) {
        return new PlanOfCare(
                id,
                lineage,
                versionNumber,
                member,
                peer,
                authorship,
                newStatus,
                narrative,
                amountDurationScope,
                goals,
                treatmentPlanReference,
                signed,
                peerReview,
                supervisorSignOff,
                returnComment,
                developmentSession,
                version);
    }
}
