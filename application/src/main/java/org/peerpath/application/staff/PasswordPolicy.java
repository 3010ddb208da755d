package org.peerpath.application.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.staff.port.in.StaffAccountException;

/**
 * What a new password must be: at least 12 characters, at most 72 bytes (bcrypt's limit), no control characters, and
 * not guessable: not one of the 10,000 most common passwords (shipped as {@code common-passwords.txt}), nor one of them
 * with digits or symbols around it, nor a repeated pattern, a run like {@code 123456789012} or {@code abcdefghijkl}, a
 * keyboard row, the username or the program's name.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private static final String LIST = "common-passwords.txt";
    private static final List<String> KEYBOARD_WALKS = List.of(
            "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./",
            "~!@#$%^&*()_+qwertyuiop{}|asdfghjkl:\"zxcvbnm<>?",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/-['=]",
            "zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0",
            "qwertyuiopasdfghjklzxcvbnm",
            "qazwsxedcrfvtgbyhnujmikolp",
            "azertyuiopqsdfghjklmwxcvbn",
            "qwertzuiopasdfghjklyxcvbnm",
            "7894561230",
            "1472583690",
            "0987654321");
    private static final Set<String> PROGRAM_WORDS = Set.of("peerpath", "peer-path", "medi-cal", "medical");

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    private static @Nullable PasswordPolicy standard;

    /** The policy with the shipped list, read once. */
    static synchronized PasswordPolicy standard() {
        if (standard == null) {
            standard = load();
        }
        return standard;
    }

    static PasswordPolicy load() {
        try (InputStream in =
                        Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(LIST), LIST + " is missing");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> words = new HashSet<>();
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int commonCount() {
        return common.size();
    }

    /** Returns the password when acceptable; otherwise throws, naming the password field and the reason. */
    String check(@Nullable String password, String username) {
        String field = StaffAccountException.PASSWORD;
        if (password == null || password.isEmpty()) {
            throw new StaffAccountException("staff.error.password-required", field);
        }
        if (AccountInput.hasControlCharacter(password)) {
            throw new StaffAccountException("staff.error.control-character", field);
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new StaffAccountException("staff.error.password-too-short", field);
        }
        if (!AccountInput.fitsBcrypt(password)) {
            throw new StaffAccountException("staff.error.password-too-long", field);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username.length() >= 3 && lower.contains(username)) {
            throw new StaffAccountException("staff.error.password-has-username", field);
        }
        if (isGuessable(lower)) {
            throw new StaffAccountException("staff.error.password-common", field);
        }
        return password;
    }

    private boolean isGuessable(String lower) {
        String core = stripDecoration(lower);
        return common.contains(lower)
                || common.contains(core)
                || PROGRAM_WORDS.stream().anyMatch(lower::contains)
                || isRepetition(lower)
                || isRun(lower)
                || isRun(core)
                || isKeyboardWalk(lower)
                || isKeyboardWalk(core);
    }

    /** The password without the digits, symbols and spaces people put before or after a word ("password1234!"). */
    private static String stripDecoration(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    /** A short unit said again and again: "aaaaaaaaaaaa", "abcabcabcabc", "passwordpassword". */
    private boolean isRepetition(String lower) {
        int length = lower.length();
        for (int unit = 1; unit <= length / 2; unit++) {
            if (length % unit == 0
                    && lower.substring(0, unit).repeat(length / unit).equals(lower)) {
                String piece = lower.substring(0, unit);
                if (unit <= 4 || common.contains(piece) || isRun(piece)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each character one step up or down from the last, digits wrapping: "123456789012", "zyxwvutsrqpo". */
    private static boolean isRun(String text) {
        if (text.length() < 4) {
            return false;
        }
        int step = step(text.charAt(0), text.charAt(1));
        if (step != 1 && step != -1) {
            return false;
        }
        for (int i = 2; i < text.length(); i++) {
            if (step(text.charAt(i - 1), text.charAt(i)) != step) {
                return false;
            }
        }
        return true;
    }

    private static int step(char from, char to) {
        if (Character.isDigit(from) && Character.isDigit(to)) {
            int difference = Math.floorMod(to - from, 10);
            return difference == 1 ? 1 : difference == 9 ? -1 : 0;
        }
        return to - from;
    }

    /** Along a keyboard row or column, either way round: "qwertyuiopas", "1qaz2wsx3edc". */
    private static boolean isKeyboardWalk(String text) {
        if (text.length() < 6) {
            return false;
        }
        String reversed = new StringBuilder(text).reverse().toString();
        return KEYBOARD_WALKS.stream().anyMatch(walk -> walk.contains(text) || walk.contains(reversed));
    }
}
