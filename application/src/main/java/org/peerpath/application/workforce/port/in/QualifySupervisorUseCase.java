package org.peerpath.application.workforce.port.in;

/** ADMIN: records or corrects a supervisor's qualification and training (SUP-2, SUP-3). */
public interface QualifySupervisorUseCase {

    void qualify(QualifySupervisorCommand command);
}
