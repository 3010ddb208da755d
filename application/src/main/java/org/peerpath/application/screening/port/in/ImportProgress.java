package org.peerpath.application.screening.port.in;

/** Told how far an import has read, so that a screen can show a progress bar while a large list is matched. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (rows, bytes) -> {};

    void read(long rows, long bytes);
}
