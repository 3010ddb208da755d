package org.peerpath.application.county.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;

/** A change to the county profile before it was set up. */
public final class CountyProfileMissingException extends DomainException {

    public static final String CODE = "county.profile-missing";

    public CountyProfileMissingException() {
        super(CODE, Map.of());
    }
}
