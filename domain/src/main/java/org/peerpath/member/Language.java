package org.peerpath.member;

import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.Text;

/** The language a member prefers for services and letters, as they name it ("English", "Spanish", "Hmong"). */
public record Language(String name) {

    public static final int MAX_LENGTH = 40;

    public Language(@Nullable String name) {
        this.name = Text.required(Field.PREFERRED_LANGUAGE, name, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return name;
    }
}
