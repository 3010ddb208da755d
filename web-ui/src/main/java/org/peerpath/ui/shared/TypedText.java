package org.peerpath.ui.shared;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with text a person typed, so that a form can say it at the field before anything is saved: nothing
 * there, only spaces or invisible characters, hidden control characters (NUL and the like, which PostgreSQL refuses),
 * or more characters than the column holds. Never cuts the text.
 */
public final class TypedText {

    public enum Problem {
        /** Empty, or only spaces and invisible characters (zero-width spaces, no-break spaces, byte-order marks). */
        NOTHING_VISIBLE,
        /** Holds control characters such as NUL, which cannot be seen or stored. */
        CONTROL_CHARACTERS,
        /** Longer, after trimming, than the field may hold. */
        TOO_LONG
    }

    private TypedText() {}

    public static Optional<Problem> problem(@Nullable String typed, int maxLength) {
        if (typed == null || typed.codePoints().allMatch(TypedText::invisible)) {
            return Optional.of(Problem.NOTHING_VISIBLE);
        }
        if (typed.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(Problem.CONTROL_CHARACTERS);
        }
        if (length(typed) > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }

    /** The length the domain will store: the text without surrounding spaces. */
    public static int length(@Nullable String typed) {
        return typed == null ? 0 : typed.strip().length();
    }

    private static boolean invisible(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || Character.isISOControl(codePoint);
    }
}
