package org.peerpath.member;

import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.Text;

/** A member's name as they want it written (MEM-1). */
public record PersonName(String given, String family) {

    public static final int MAX_LENGTH = 80;

    public PersonName(@Nullable String given, @Nullable String family) {
        this.given = Text.required(Field.GIVEN_NAME, given, MAX_LENGTH);
        this.family = Text.required(Field.FAMILY_NAME, family, MAX_LENGTH);
    }

    public String fullName() {
        return given + " " + family;
    }
}
