package org.peerpath.service;

import org.peerpath.shared.InvalidValueException;

/** SVC-3: contact, travel and documentation minutes, recorded separately. */
public record ServiceMinutes(int contact, int travel, int documentation) {

    public static final int MAX_MINUTES = 24 * 60;

    public ServiceMinutes {
        requireMinutes("contactMinutes", "Contact minutes", contact);
        requireMinutes("travelMinutes", "Travel minutes", travel);
        requireMinutes("documentationMinutes", "Documentation minutes", documentation);
    }

    public static ServiceMinutes contactOnly(int contact) {
        return new ServiceMinutes(contact, 0, 0);
    }

    public int total() {
        return contact + travel + documentation;
    }

    private static void requireMinutes(String field, String label, int minutes) {
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new InvalidValueException(field, label + " must be between 0 and " + MAX_MINUTES);
        }
    }
}
