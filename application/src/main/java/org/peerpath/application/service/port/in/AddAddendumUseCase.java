package org.peerpath.application.service.port.in;

/** SVC-9: corrections to a signed note are addenda, never edits. */
public interface AddAddendumUseCase {

    void add(AddAddendumCommand command);
}
