package org.peerpath.application.service.port.in;

import org.peerpath.shared.ServiceId;

/**
 * Records a service of the member's care team's peer. Saving is allowed with claim-check findings: the service is then
 * not claimable and lists say why (CHECK-1). Bad input is refused at its field ({@code ServiceInput.Invalid}, the
 * domain's {@code InvalidValueException}).
 */
public interface RecordPeerServiceUseCase {

    ServiceId record(RecordPeerServiceCommand command);
}
