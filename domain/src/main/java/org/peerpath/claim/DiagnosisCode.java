package org.peerpath.claim;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

/** An ICD-10-CM diagnosis code as claim lines carry it (RPT-2), e.g. F33.1. */
public record DiagnosisCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    public DiagnosisCode(@Nullable String value) {
        String normalized = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            throw new InvalidValueException(Field.DIAGNOSIS, Message.DIAGNOSIS_DIAGNOSIS_CODE_REQUIRED);
        }
        if (!FORMAT.matcher(normalized).matches()) {
            throw new InvalidValueException(Field.DIAGNOSIS, Message.DIAGNOSIS_DIAGNOSIS_CODE_LOOKS_LIKE);
        }
        this.value = normalized;
    }
}
