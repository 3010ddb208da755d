package org.peerpath.application.plan.port.out;

import java.util.List;
import java.util.Optional;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.PlanOfCareId;

/**
 * Out port: the versions of members' Plans of Care with their goals (POC-4), each version a row with its own
 * optimistic-lock version ({@code content().version()}), and the steps of each version's history.
 */
public interface PlanRepository extends PlanRecords {

    Optional<PlanOfCare> findById(PlanOfCareId id);

    /** POC-2, POC-3: every plan version signed and waiting for a co-sign or reviews, of any member. */
    List<PlanOfCare> awaitingSignOff();

    /**
     * Stores a new version with the step that made it.
     *
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the member already has an open version
     *     (draft, signed or returned) stored meanwhile, or the ID is taken
     */
    void insert(PlanOfCare plan, PlanStep step);

    /**
     * Stores a changed version over the version it was read at ({@code plan.version()}) with the step that changed it.
     *
     * @throws org.peerpath.application.shared.ConcurrentChangeException when it was changed since
     */
    void update(PlanOfCare plan, PlanStep step);

    /** POC-4: the steps of one version, oldest first. */
    List<PlanStep> stepsOf(PlanOfCareId plan);

    /** Every plan version of the member, oldest first (also the claim check's read, {@link PlanRecords}). */
    @Override
    List<PlanOfCare> plansOf(MemberId member);
}
