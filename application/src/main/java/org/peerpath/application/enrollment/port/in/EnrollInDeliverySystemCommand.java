package org.peerpath.application.enrollment.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;

/**
 * SVC-7: enroll the member in {@code deliverySystem} from {@code startsOn}, over the member's version the person saw.
 * The system and the date may be missing: the domain names the field that needs them.
 */
public record EnrollInDeliverySystemCommand(
        Actor actor,
        MemberId member,
        @Nullable DeliverySystem deliverySystem,
        @Nullable LocalDate startsOn,
        long seenVersion) {

    public EnrollInDeliverySystemCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
    }
}
