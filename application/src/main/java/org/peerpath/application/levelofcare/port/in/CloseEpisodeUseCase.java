package org.peerpath.application.levelofcare.port.in;

/** LOC-1: the care team closes an open episode. */
public interface CloseEpisodeUseCase {

    void close(CloseEpisodeCommand command);
}
