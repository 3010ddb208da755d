package org.peerpath.application.levelofcare.port.in;

/** LOC-3: the care team records a member's move between levels of care. */
public interface TransitionEpisodeUseCase {

    void transition(TransitionEpisodeCommand command);
}
