package org.peerpath.member;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

/** How to reach the member (MEM-1): both optional; blank is none. */
public record MemberContact(
        @Nullable String phone, @Nullable String address) {

    public static final int ADDRESS_MAX_LENGTH = 300;
    public static final MemberContact NONE = new MemberContact(null, null);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{7,20}");

    public MemberContact {
        phone = blankToNull(phone);
        address = blankToNull(address);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidValueException(Field.PHONE, Message.PHONE_PHONE_NUMBER_HAS_7);
        }
        if (address != null && address.length() > ADDRESS_MAX_LENGTH) {
            throw new InvalidValueException(Field.ADDRESS, Message.ADDRESS_ADDRESS_MOST_300_CHARACTERS);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
