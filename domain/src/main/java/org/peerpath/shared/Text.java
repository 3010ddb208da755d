package org.peerpath.shared;

import org.jspecify.annotations.Nullable;

/** Checks shared by the values that hold free text typed by people. */
public final class Text {

    private Text() {}

    /** Strips the value and rejects it, naming the field, when it is blank or longer than {@code maxLength}. */
    public static String required(Field field, @Nullable String value, int maxLength) {
        return InvalidValueException.requireText(field, value, maxLength);
    }
}
