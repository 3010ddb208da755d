package org.peerpath.application.supervision.port.in;

/** An admin sets a peer's supervisor from a date; the current one's assignment ends the day before (SUP-1). */
public interface AssignSupervisorUseCase {

    /**
     * @throws AssignmentRefusedException naming the field: no enabled supervisor chosen, no start date, or a start
     *     on or before the current assignment's start
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the history changed since it was shown
     */
    void assign(AssignSupervisorCommand command);
}
