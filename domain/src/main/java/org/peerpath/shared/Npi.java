package org.peerpath.shared;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A National Provider Identifier: 10 digits. Claim lines name the rendering peer by it (RPT-2). */
public record Npi(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{10}");

    public Npi(@Nullable String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(Field.NPI, Message.NPI_NPI_REQUIRED);
        }
        if (!FORMAT.matcher(trimmed).matches()) {
            throw new InvalidValueException(Field.NPI, Message.NPI_NPI_10_DIGITS_LIKE);
        }
        this.value = trimmed;
    }

    @Override
    public String toString() {
        return value;
    }
}
