package org.peerpath.credential;

import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.Text;

/** The number CalMHSA's registry lists the certification under (CERT-9). */
public record CertificationNumber(String value) {

    public static final int MAX_LENGTH = 30;

    public CertificationNumber(@Nullable String value) {
        this.value = Text.required(Field.CERTIFICATION_NUMBER, value, MAX_LENGTH);
    }
}
