package org.peerpath.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * POC-2, POC-3, POC-4: a complete plan, locked. It always holds its co-sign (a plan the peer wrote) or both reviews (a
 * plan written on the peer's behalf); a change makes a new version.
 */
public record CompletePlan(PlanContent content, SignOff signed, Completion completion) implements PlanOfCare {

    public CompletePlan {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(completion, "completion");
        boolean byPeer = content.authorship() instanceof Authorship.ByPeer;
        if (byPeer != completion instanceof Completion.CoSigned) {
            throw new IllegalArgumentException("a plan the peer wrote is co-signed; one written for them is reviewed");
        }
    }

    @Override
    public PlanStatus status() {
        return PlanStatus.COMPLETE;
    }

    /** POC-4: a new draft version starting from this one; this version stays readable and in force until replaced. */
    public DraftPlan startNewVersion() {
        return new DraftPlan(content.nextVersion());
    }

    /** POC-4: a newer version became complete on {@code on}; this one stays readable. */
    public SupersededPlan supersede(LocalDate on) {
        return new SupersededPlan(this, on);
    }
}
