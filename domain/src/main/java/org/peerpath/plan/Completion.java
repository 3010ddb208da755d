package org.peerpath.plan;

import java.time.LocalDate;
import java.util.Objects;

/** How a plan became complete: co-signed (POC-2) or reviewed by both the peer and the supervisor (POC-3). */
public sealed interface Completion {

    /** POC-4: the plan is in force from this date. */
    LocalDate completedOn();

    /** The supervisor's co-sign or review. */
    SignOff supervisor();

    /** POC-2: the supervisor's co-sign of a plan the peer wrote. */
    record CoSigned(SignOff cosign) implements Completion {
        public CoSigned {
            Objects.requireNonNull(cosign, "cosign");
        }

        @Override
        public LocalDate completedOn() {
            return cosign.on();
        }

        @Override
        public SignOff supervisor() {
            return cosign;
        }
    }

    /** POC-3: both reviews of a plan written on the peer's behalf; complete on the later one. */
    record Reviewed(SignOff peerReview, SignOff supervisorReview) implements Completion {
        public Reviewed {
            Objects.requireNonNull(peerReview, "peerReview");
            Objects.requireNonNull(supervisorReview, "supervisorReview");
        }

        @Override
        public LocalDate completedOn() {
            return peerReview.on().isAfter(supervisorReview.on()) ? peerReview.on() : supervisorReview.on();
        }

        @Override
        public SignOff supervisor() {
            return supervisorReview;
        }
    }
}
