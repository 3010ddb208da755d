package org.peerpath.application.workforce.port.in;

/** ADMIN: records a course, affirmation, specialization, sanction, registry check, renewal or reinstatement. */
public interface ChangeCertificationUseCase {

    void change(ChangeCertificationCommand command);
}
