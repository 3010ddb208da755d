package org.peerpath.application.county.port.in;

import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.County;

public record EstablishCountyProfileCommand(
        Actor actor, @Nullable County county) {}
