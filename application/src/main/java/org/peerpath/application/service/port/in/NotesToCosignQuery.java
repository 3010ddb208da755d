package org.peerpath.application.service.port.in;

import java.util.List;
import org.peerpath.application.shared.Actor;

/**
 * SVC-10: the signed notes of the peers a supervisor oversees today that wait for their co-sign, oldest first; none
 * while the county does not ask supervisors to co-sign notes.
 */
public interface NotesToCosignQuery {

    List<NoteAwaitingCosign> notesToCosign(Actor supervisor);
}
