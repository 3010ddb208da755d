package org.peerpath.application.county.port.in;

import java.util.Optional;
import org.peerpath.application.shared.Actor;

/** Reads the county profile (ADMIN). */
public interface CountyProfileQueries {

    /** The profile as of today in the county; empty before anyone set it up. */
    Optional<CountyProfileDetails> profile(Actor actor);
}
