package org.peerpath.application.member.port.in;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;

/** What front desk types to enroll a member (MEM-1); checked by the domain values, field by field. */
public record EnrollMemberCommand(
        Actor actor,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable LocalDate dateOfBirth,
        @Nullable String cin,
        @Nullable County county,
        Set<DeliverySystem> deliverySystems,
        @Nullable String preferredLanguage) {

    public EnrollMemberCommand {
        deliverySystems = Set.copyOf(deliverySystems);
    }
}
