package org.peerpath.service;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.Text;

/**
 * SVC-6: another provider or agency contacted on the member's behalf during a service: a participant, like a
 * collateral, that lets a service count with the member absent.
 */
public record AgencyContact(String organization, Purpose purpose) {

    public enum Purpose {
        ADVOCACY,
        RESOURCE_NAVIGATION,
        CARE_COORDINATION
    }

    public AgencyContact(@Nullable String organization, Purpose purpose) {
        this.organization = Text.required(Field.AGENCY_CONTACT, organization, 200);
        this.purpose = Objects.requireNonNull(purpose, "purpose");
    }
}
