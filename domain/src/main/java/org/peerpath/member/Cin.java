package org.peerpath.member;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

/** A Medi-Cal Client Index Number: 8 digits and a letter, e.g. {@code 91234567A} (MEM-1). Stored upper case. */
public record Cin(String value) {

    public static final int LENGTH = 9;
    private static final Pattern FORMAT = Pattern.compile("\\d{8}[A-Z]");

    public Cin(@Nullable String value) {
        String normalized = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            throw new InvalidValueException(Field.CIN, Message.CIN_MEDI_CAL_CIN_REQUIRED);
        }
        if (!FORMAT.matcher(normalized).matches()) {
            throw new InvalidValueException(Field.CIN, Message.CIN_MEDI_CAL_CIN_8);
        }
        this.value = normalized;
    }

    @Override
    public String toString() {
        return value;
    }
}
