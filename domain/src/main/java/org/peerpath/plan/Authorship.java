package org.peerpath.plan;

import java.util.Objects;
import org.peerpath.shared.StaffId;

/** Who wrote the plan, which decides how it becomes complete (POC-2, POC-3). */
public sealed interface Authorship {

    /** POC-2: written by the peer; complete when the peer's supervisor co-signs. */
    record ByPeer() implements Authorship {}

    /** POC-3: written for the peer; complete when the peer and the supervisor have both reviewed it. */
    record OnPeersBehalf(StaffId author, QualifiedProfessional profession) implements Authorship {
        public OnPeersBehalf {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(profession, "profession");
        }
    }
}
