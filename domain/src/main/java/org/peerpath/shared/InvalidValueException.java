package org.peerpath.shared;

import org.jspecify.annotations.Nullable;

/**
 * A value refused in its constructor. {@link #field()} names the input it came from so that a form can put the
 * message next to that field.
 */
public final class InvalidValueException extends DomainException implements FieldProblem {

    private final Field field;

    public InvalidValueException(Field field, Message message, Object... args) {
        super(message, args);
        this.field = field;
    }

    @Override
    public String field() {
        return field.key();
    }

    static String requireText(Field field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, Message.VALUE_REQUIRED, field);
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, Message.VALUE_TOO_LONG, field, maxLength);
        }
        return trimmed;
    }
}
