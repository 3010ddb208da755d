package org.peerpath.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;

/**
 * POC-4: a plan its author signed, waiting for the supervisor's co-sign (POC-2) or for the reviews of the peer and the
 * supervisor (POC-3); a plan written on the peer's behalf may hold one of the two reviews already.
 */
public record SignedPlan(
        PlanContent content,
        SignOff signed,
        @Nullable SignOff peerReview,
        @Nullable SignOff supervisorReview) implements PlanOfCare {

    public SignedPlan {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(signed, "signed");
        // POC-6: a plan is signed only with its amount, duration and scope and a goal
        Objects.requireNonNull(content.amountDurationScope(), "amountDurationScope");
        if (content.goals().isEmpty()) {
            throw new IllegalArgumentException("a signed plan has at least one goal");
        }
        if (content.authorship() instanceof Authorship.ByPeer && (peerReview != null || supervisorReview != null)) {
            throw new IllegalArgumentException("a plan the peer wrote is co-signed, not reviewed");
        }
    }

    @Override
    public PlanStatus status() {
        return PlanStatus.SIGNED;
    }

    /**
     * POC-2: a supervisor qualified on {@code on} (by default the peer's own supervisor that day) co-signs a plan the
     * peer wrote; it becomes complete and is in force from that date.
     */
    public CompletePlan cosign(StaffId supervisor, LocalDate on, SignOffAuthority authority) {
        if (!(content.authorship() instanceof Authorship.ByPeer)) {
            throw new PlanOfCareException.NotAllowed(Message.PLAN_REVIEW_REQUIRED);
        }
        authority.requireMaySignOff(supervisor, content.peer(), on);
        return new CompletePlan(content, signed, new Completion.CoSigned(new SignOff(supervisor, on)));
    }

    /** POC-3: the peer reviews a plan written on their behalf; with the supervisor's review it is complete. */
    public PlanOfCare reviewAsPeer(StaffId reviewer, LocalDate on) {
        requireReviewable();
        if (!reviewer.equals(content.peer())) {
            throw new PlanOfCareException.NotAllowed(Message.PLAN_NOT_THE_PEER);
        }
        return afterReviews(new SignOff(reviewer, on), supervisorReview);
    }

    /** POC-3: a supervisor qualified on {@code on} reviews a plan written on the peer's behalf. */
    public PlanOfCare reviewAsSupervisor(StaffId supervisor, LocalDate on, SignOffAuthority authority) {
        requireReviewable();
        authority.requireMaySignOff(supervisor, content.peer(), on);
        return afterReviews(peerReview, new SignOff(supervisor, on));
    }

    /** POC-4: the supervisor sends the plan back to its author with a comment. */
    public ReturnedPlan returnToAuthor(
            StaffId supervisor, LocalDate on, @Nullable String comment, SignOffAuthority authority) {
        authority.requireMaySignOff(supervisor, content.peer(), on);
        return new ReturnedPlan(content, new SignOff(supervisor, on), comment);
    }

    public Optional<SignOff> peerReviewed() {
        return Optional.ofNullable(peerReview);
    }

    public Optional<SignOff> supervisorReviewed() {
        return Optional.ofNullable(supervisorReview);
    }

    private PlanOfCare afterReviews(@Nullable SignOff byPeer, @Nullable SignOff bySupervisor) {
        if (byPeer != null && bySupervisor != null) {
            return new CompletePlan(content, signed, new Completion.Reviewed(byPeer, bySupervisor));
        }
        return new SignedPlan(content, signed, byPeer, bySupervisor);
    }

    private void requireReviewable() {
        if (content.authorship() instanceof Authorship.ByPeer) {
            throw new PlanOfCareException.NotAllowed(Message.PLAN_COSIGN_REQUIRED);
        }
    }
}
