package org.peerpath.application.service.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.goal.GoalId;
import org.peerpath.member.MemberId;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/**
 * GRP-1: a group session as the lead peer (the actor) records it: their own minutes first, then co-facilitators with
 * theirs, the topic, how it was delivered, the attendees from the peer's caseload in the order given (GRP-2 shares the
 * leftover minutes in that order), the goals each attendee's plan in force had addressed (GOAL-3), one shared narrative
 * and a sentence or two about each attendee.
 *
 * @param placeOfService where an in-person group met; telehealth groups take 02 (SVC-4)
 */
public record RecordGroupSessionCommand(
        Actor actor,
        @Nullable LocalDate date,
        @Nullable String topic,
        @Nullable Integer leadMinutes,
        List<CoFacilitator> coFacilitators,
        @Nullable Modality modality,
        @Nullable PlaceOfService placeOfService,
        List<Attendee> attendees,
        @Nullable String narrative) {

    public RecordGroupSessionCommand {
        Objects.requireNonNull(actor, "actor");
        coFacilitators = List.copyOf(coFacilitators);
        attendees = List.copyOf(attendees);
    }

    /** A co-facilitator and the minutes they facilitated (GRP-1). */
    public record CoFacilitator(StaffId staff, @Nullable Integer minutes) {
        public CoFacilitator {
            Objects.requireNonNull(staff, "staff");
        }
    }

    /**
     * One attendee, the delivery system their service is under (SVC-7), the goals of their Plan of Care in force on the
     * date that the group addressed (GOAL-3; may be empty) and their individualized words.
     */
    public record Attendee(
            MemberId member,
            @Nullable DeliverySystem deliverySystem,
            List<GoalId> goals,
            @Nullable String individualization) {
        public Attendee {
            Objects.requireNonNull(member, "member");
            goals = List.copyOf(goals);
        }
    }
}
