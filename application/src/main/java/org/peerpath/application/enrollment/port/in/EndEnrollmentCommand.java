package org.peerpath.application.enrollment.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;

/** SVC-7: end the member's open enrollment in {@code deliverySystem} on {@code endsOn} (the last day enrolled). */
public record EndEnrollmentCommand(
        Actor actor,
        MemberId member,
        DeliverySystem deliverySystem,
        @Nullable LocalDate endsOn,
        long seenVersion) {

    public EndEnrollmentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(deliverySystem, "deliverySystem");
    }
}
