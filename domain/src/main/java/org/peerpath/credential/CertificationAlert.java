package org.peerpath.credential;

import java.util.List;
import java.util.Objects;
import org.peerpath.shared.Message;

/** A reminder shown to the peer and the admin (CERT-10): the bundle's {@code messageKey} with its {@code args}. */
public record CertificationAlert(Kind kind, String messageKey, List<Object> args) {

    public enum Kind {
        EXPIRES_SOON,
        RENEWAL_WINDOW_OPEN,
        CONTINUING_EDUCATION_SHORT,
        ETHICS_AFFIRMATION_DUE
    }

    public CertificationAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    static CertificationAlert of(Kind kind, Message message, Object... args) {
        return new CertificationAlert(kind, message.key(), message.checked(args));
    }
}
