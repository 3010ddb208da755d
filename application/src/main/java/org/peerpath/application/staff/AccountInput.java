package org.peerpath.application.staff;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.staff.port.in.StaffAccountException;

/**
 * What an account's fields accept, checked before anything reaches the database: no control characters (NUL
 * included), no names made only of invisible characters, usernames in one stored form, passwords bcrypt can hold.
 */
final class AccountInput {

    static final int USERNAME_MAX = 40;
    static final int DISPLAY_NAME_MAX = 80;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int PASSWORD_MAX_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

    private AccountInput() {}

    /** Trimmed and lower-case: stored, shown and signed in with in this one form. */
    static String username(@Nullable String raw) {
        if (raw == null || isInvisible(raw)) {
            throw new StaffAccountException("staff.error.username-required", StaffAccountException.USERNAME);
        }
        if (hasControlCharacter(raw)) {
            throw new StaffAccountException("staff.error.control-character", StaffAccountException.USERNAME);
        }
        String username = normalizedUsername(raw);
        if (!USERNAME.matcher(username).matches()) {
            throw new StaffAccountException("staff.error.username-format", StaffAccountException.USERNAME);
        }
        return username;
    }

    /** The form a username is looked up in; never fails, so that any typed text can be counted against. */
    static String normalizedUsername(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    static String displayName(@Nullable String raw) {
        if (raw == null || isInvisible(raw)) {
            throw new StaffAccountException("staff.error.display-name-required", StaffAccountException.DISPLAY_NAME);
        }
        if (hasControlCharacter(raw)) {
            throw new StaffAccountException("staff.error.control-character", StaffAccountException.DISPLAY_NAME);
        }
        String name = raw.strip();
        if (name.length() > DISPLAY_NAME_MAX) {
            throw new StaffAccountException("staff.error.display-name-too-long", StaffAccountException.DISPLAY_NAME);
        }
        return name;
    }

    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= PASSWORD_MAX_BYTES;
    }

    /** Control characters (tab, newline, NUL, …) and lone surrogates, which no name or password needs. */
    static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL) || hasLoneSurrogate(text);
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Nothing a reader would see: empty, spaces, zero-width and other format characters, blank fillers. */
    static boolean isInvisible(String text) {
        return text.codePoints().allMatch(AccountInput::isInvisible);
    }

    private static boolean isInvisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.FORMAT
                || type == Character.CONTROL
                || codePoint == 0x115F // Hangul choseong filler
                || codePoint == 0x1160 // Hangul jungseong filler
                || codePoint == 0x3164 // Hangul filler
                || codePoint == 0xFFA0 // halfwidth Hangul filler
                || codePoint == 0x2800 // braille blank
                || codePoint == 0x034F; // combining grapheme joiner
    }
}
