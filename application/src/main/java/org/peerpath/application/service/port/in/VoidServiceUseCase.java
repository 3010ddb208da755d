package org.peerpath.application.service.port.in;

/**
 * SVC-9: the peer who gave a service voids it with a reason (refused at the field {@code voidReason} when missing).
 * Nothing is deleted: the service stays visible as voided and leaves the claims.
 */
public interface VoidServiceUseCase {

    void voidService(VoidServiceCommand command);
}
