package org.peerpath.service;

import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

/** SVC-3: contact, travel and documentation minutes, recorded separately. */
public record ServiceMinutes(int contact, int travel, int documentation) {

    public static final int MAX_MINUTES = 24 * 60;

    public ServiceMinutes {
        requireMinutes(Field.CONTACT_MINUTES, contact);
        requireMinutes(Field.TRAVEL_MINUTES, travel);
        requireMinutes(Field.DOCUMENTATION_MINUTES, documentation);
    }

    public static ServiceMinutes contactOnly(int contact) {
        return new ServiceMinutes(contact, 0, 0);
    }

    public int total() {
        return contact + travel + documentation;
    }

    private static void requireMinutes(Field field, int minutes) {
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new InvalidValueException(field, Message.VALUE_BETWEEN, field, 0, MAX_MINUTES);
        }
    }
}
