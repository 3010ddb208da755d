package org.peerpath.application.county.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;

/** One county profile per installation: a second is refused. */
public final class CountyProfileExistsException extends DomainException {

    public static final String CODE = "county.profile-exists";

    public CountyProfileExistsException() {
        super(CODE, Map.of());
    }
}
