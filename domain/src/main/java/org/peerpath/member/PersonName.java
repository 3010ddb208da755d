package org.peerpath.member;

import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Text;

/** A member's name as they want it written (MEM-1). */
public record PersonName(String given, String family) {

    public static final int MAX_LENGTH = 80;

    public PersonName(@Nullable String given, @Nullable String family) {
        this.given = Text.required("givenName", "First name", given, MAX_LENGTH);
        this.family = Text.required("familyName", "Last name", family, MAX_LENGTH);
    }

    public String fullName() {
        return given + " " + family;
    }

    /** "Family, Given", the order used in lists sorted by last name. */
    public String sortName() {
        return family + ", " + given;
    }
}
