package org.peerpath.application.plan.port.in;

public interface RecordProgressUseCase {

    /** GOAL-2: refused with words at the field (a date in the future, a rating outside 0 to 10, no status). */
    void record(RecordProgressCommand command);
}
