package org.peerpath.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one unchecked error the domain raises when a rule forbids what was asked. {@link #code()} is stable and is the
 * message bundle key; {@link #args()} are its named arguments, in the order the bundle text numbers them ({0}, {1},
 * …). The domain composes no English: the UI renders the code from the bundle, and tests key on code and arguments.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final Map<String, Object> args;
    private final @Nullable Message message;

    protected DomainException(Message message, Object... args) {
        super(message.key() + " " + message.named(args), null, false, true);
        this.code = message.key();
        this.args = Collections.unmodifiableMap(new LinkedHashMap<>(message.named(args)));
        this.message = message;
    }

    /**
     * An error of a layer outside the domain that still carries its own English text; kept so that those errors keep
     * working until they carry bundle keys too. The domain itself never uses it.
     */
    protected DomainException(String code, String englishMessage) {
        super(englishMessage);
        this.code = code;
        this.args = Map.of();
        this.message = null;
    }

    /** The stable code, used as the message bundle key. */
    public String code() {
        return code;
    }

    /** The named arguments of the message, in bundle order. */
    public Map<String, Object> args() {
        return args;
    }

    /** The arguments in bundle order, as {@code getTranslation(code, args)} takes them. */
    public Object[] argValues() {
        return List.copyOf(args.values()).toArray();
    }

    /** The domain message this error carries; empty for errors of other layers that carry English text. */
    public Optional<Message> message() {
        return Optional.ofNullable(message);
    }
}
