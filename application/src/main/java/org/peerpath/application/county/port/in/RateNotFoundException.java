package org.peerpath.application.county.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;

/** CTY-2: the rate to end is not (or no longer) in the profile, e.g. someone else ended it first. */
public final class RateNotFoundException extends DomainException {

    public static final String CODE = "county.rate-not-found";

    public RateNotFoundException() {
        super(CODE, Map.of());
    }
}
