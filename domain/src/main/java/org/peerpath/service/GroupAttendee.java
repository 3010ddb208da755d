package org.peerpath.service;

import java.util.List;
import java.util.Objects;
import org.peerpath.goal.GoalId;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;

/** GRP-1: one attendee of a group, with the delivery system and goals their individual service is under. */
public record GroupAttendee(MemberId member, DeliverySystem deliverySystem, List<GoalId> goals) {

    public GroupAttendee {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(deliverySystem, "deliverySystem");
        goals = List.copyOf(goals);
    }
}
