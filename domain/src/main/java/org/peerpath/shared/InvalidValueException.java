package org.peerpath.shared;

/**
 * A value refused in its constructor. {@link #field()} names the input it came from so that a form can put the
 * message next to that field.
 */
public final class InvalidValueException extends DomainException implements FieldProblem {

    private final String field;

    public InvalidValueException(String field, String message) {
        super("invalid." + field, message);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }

    static String requireText(String field, String label, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, label + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, label + " can be at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
