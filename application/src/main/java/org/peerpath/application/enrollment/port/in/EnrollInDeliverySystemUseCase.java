package org.peerpath.application.enrollment.port.in;

/** SVC-7, MEM-1: front desk or an admin enrolls a member in a delivery system from a date; nothing is overwritten. */
public interface EnrollInDeliverySystemUseCase {

    void enroll(EnrollInDeliverySystemCommand command);
}
