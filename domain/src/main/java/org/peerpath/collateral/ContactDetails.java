package org.peerpath.collateral;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

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
            throw new InvalidValueException(Field.PHONE, Message.PHONE_GIVE_PHONE_NUMBER_EMAIL);
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidValueException(Field.PHONE, Message.PHONE_PHONE_NUMBER_HAS_7);
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidValueException(Field.EMAIL, Message.EMAIL_EMAIL_ADDRESS_LOOKS_LIKE);
        }
        if (address != null && address.length() > 300) {
            throw new InvalidValueException(Field.ADDRESS, Message.ADDRESS_ADDRESS_MOST_300_CHARACTERS);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
