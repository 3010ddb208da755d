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
 * {@link #getMessage()} is for logs only.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final Map<String, Object> args;
    private final boolean keyed;
    private final @Nullable Message message;

    /** A domain error: one of the domain's {@link Message}s with its arguments. */
    protected DomainException(Message message, Object... args) {
        this(message.key(), message.named(args), message);
    }

    /** An error of another layer whose code is a key in that layer's bundle, with its named arguments in order. */
    protected DomainException(String code, Map<String, ?> args) {
        this(code, args, null);
    }

    /**
     * An error of a layer outside the domain that still carries its own English text; kept so that those errors keep
     * working until they carry bundle keys too. The domain itself never uses it.
     */
    protected DomainException(String code, String englishMessage) {
        super(englishMessage);
        this.code = code;
        this.args = Map.of();
        this.keyed = false;
        this.message = null;
    }

    private DomainException(String code, Map<String, ?> args, @Nullable Message message) {
        super(code + " " + args, null, false, true);
        this.code = code;
        this.args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        this.keyed = true;
        this.message = message;
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

    /** True when {@link #code()} is a bundle key; false for errors that still carry their own English text. */
    public boolean isKeyed() {
        return keyed;
    }

    /** The domain message this error carries; empty for errors of other layers. */
    public Optional<Message> message() {
        return Optional.ofNullable(message);
    }
}
