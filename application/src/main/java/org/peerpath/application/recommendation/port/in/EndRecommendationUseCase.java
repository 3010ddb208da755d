package org.peerpath.application.recommendation.port.in;

/** Inbound port: the care team ends a recommendation after it was recorded (DIR-3); audited. */
public interface EndRecommendationUseCase {

    /**
     * @throws org.peerpath.shared.InvalidValueException at {@code endsOn} when the end is missing or before the
     *     recommendation date
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the list changed since {@code seenVersion}
     */
    void end(EndRecommendationCommand command);
}
