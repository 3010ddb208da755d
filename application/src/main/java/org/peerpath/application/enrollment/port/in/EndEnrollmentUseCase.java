package org.peerpath.application.enrollment.port.in;

/** SVC-7: front desk or an admin ends an enrollment; the days before the end stay enrolled. */
public interface EndEnrollmentUseCase {

    void end(EndEnrollmentCommand command);
}
