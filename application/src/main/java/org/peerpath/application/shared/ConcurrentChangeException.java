package org.peerpath.application.shared;

import java.util.Map;
import org.peerpath.shared.DomainException;

/**
 * Someone else saved the record after the user opened it: the save is refused so that nothing they saved is lost.
 * Raised by every out port that stores a versioned record, the in-memory fakes and the JPA adapters alike.
 */
public final class ConcurrentChangeException extends DomainException {

    public static final String CODE = "error.concurrent-change";

    public ConcurrentChangeException(String record) {
        super(CODE, Map.of("record", record));
    }
}
