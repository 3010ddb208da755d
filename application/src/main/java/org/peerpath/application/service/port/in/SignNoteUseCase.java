package org.peerpath.application.service.port.in;

/** SVC-8, SVC-9: signing locks the note; only the peer who gave the service signs it. */
public interface SignNoteUseCase {

    void sign(SignNoteCommand command);
}
