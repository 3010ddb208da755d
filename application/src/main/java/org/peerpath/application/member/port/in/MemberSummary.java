package org.peerpath.application.member.port.in;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;

/** A row of a caseload or member list. {@code epsdt} is true for members under 21 today (MEM-2). */
public record MemberSummary(
        MemberId id,
        String fullName,
        int age,
        boolean epsdt,
        String cin,
        Set<DeliverySystem> deliverySystems,
        @Nullable String primaryPeerName) {

    public MemberSummary {
        deliverySystems = Set.copyOf(deliverySystems);
    }
}
