package org.peerpath.application.screening.port.in;

import java.io.InputStream;
import java.util.Objects;
import org.peerpath.application.shared.Actor;

/** An admin's uploaded list file (SCR-3): its name, its content as a stream, and whom to tell how far it got. */
public record ImportScreeningListCommand(Actor actor, String fileName, InputStream content, ImportProgress progress) {

    public ImportScreeningListCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(progress, "progress");
    }
}
