package org.peerpath.application.service.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.ServiceId;

/** No such service, or not one the person may change: both read the same (MEM-3). */
public final class ServiceNotFoundException extends DomainException {

    public static final String CODE = "services.not-found";

    public ServiceNotFoundException(ServiceId id) {
        super(CODE, Map.of("service", id.value()));
    }
}
