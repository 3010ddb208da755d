package org.peerpath.application.levelofcare.port.in;

/** LOC-1: the care team records an episode at a level of care. */
public interface OpenEpisodeUseCase {

    void open(OpenEpisodeCommand command);
}
