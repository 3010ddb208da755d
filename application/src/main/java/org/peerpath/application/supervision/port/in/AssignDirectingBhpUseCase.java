package org.peerpath.application.supervision.port.in;

/** An admin sets a peer's directing BHP from a date; the current one's assignment ends the day before (DIR-2). */
public interface AssignDirectingBhpUseCase {

    /**
     * @throws AssignmentRefusedException naming the field: no enabled BHP chosen, no start date, or a start on or
     *     before the current assignment's start
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the history changed since it was shown
     */
    void assign(AssignDirectingBhpCommand command);
}
