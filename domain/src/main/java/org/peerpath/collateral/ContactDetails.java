package org.peerpath.collateral;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.InvalidValueException;

/** How to reach a collateral (COL-1): at least a phone number or an email address. */
public record ContactDetails(
        @Nullable String phone,
        @Nullable String email,
        @Nullable String address) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{7,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ContactDetails {
        phone = blankToNull(phone);
        email = blankToNull(email);
        address = blankToNull(address);
        if (phone == null && email == null) {
            throw new InvalidValueException("phone", "Give a phone number or an email address");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidValueException("phone", "A phone number has 7 to 20 digits, like (530) 555-0100");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidValueException("email", "An email address looks like name@example.org");
        }
        if (address != null && address.length() > 300) {
            throw new InvalidValueException("address", "Address can be at most 300 characters");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
