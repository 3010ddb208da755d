package org.peerpath.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Dates;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;
import org.peerpath.shared.Text;

/**
 * GRP-1: a group session (H0025), recorded once, yielding one individual service per attendee. The first facilitator
 * is the lead and renders the attendees' services.
 */
public final class GroupSession {

    private final GroupSessionId id;
    private final LocalDate date;
    private final List<StaffId> facilitators;
    private final String topic;
    private final ServiceMinutes minutes;
    private final Delivery delivery;
    private final List<GroupAttendee> attendees;

    private GroupSession(
            GroupSessionId id,
            LocalDate date,
            List<StaffId> facilitators,
            String topic,
            ServiceMinutes minutes,
            Delivery delivery,
            List<GroupAttendee> attendees) {
        this.id = Objects.requireNonNull(id, "id");
        this.date = Objects.requireNonNull(date, "date");
        this.facilitators = List.copyOf(facilitators);
        this.topic = topic;
        this.minutes = Objects.requireNonNull(minutes, "minutes");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.attendees = List.copyOf(attendees);
    }

    /**
     * GRP-1: records a session. {@code minutes} are each facilitator's minutes; attendees keep the order given, which
     * decides who gets leftover minutes (see {@link #shares}). Size limits are checked as claim findings (GRP-3).
     */
    public static GroupSession record(
            @Nullable LocalDate date,
            List<StaffId> facilitators,
            @Nullable String topic,
            ServiceMinutes minutes,
            Delivery delivery,
            List<GroupAttendee> attendees) {
        if (facilitators.isEmpty()) {
            throw new InvalidValueException("facilitators", "A group has at least one facilitator");
        }
        if (new HashSet<>(facilitators).size() != facilitators.size()) {
            throw new InvalidValueException("facilitators", "Each facilitator is listed once");
        }
        if (attendees.isEmpty()) {
            throw new InvalidValueException("attendees", "Add the members who attended");
        }
        Set<MemberId> members = new HashSet<>();
        for (GroupAttendee attendee : attendees) {
            if (!members.add(attendee.member())) {
                throw new InvalidValueException("attendees", "Each member is listed once");
            }
        }
        return new GroupSession(
                GroupSessionId.newId(),
                Dates.required("date", "Date", date),
                facilitators,
                Text.required("topic", "Topic", topic, 200),
                minutes,
                delivery,
                attendees);
    }

    /** Rebuilds a session from storage; for persistence adapters only. */
    public static GroupSession restore(
            GroupSessionId id,
            LocalDate date,
            List<StaffId> facilitators,
            String topic,
            ServiceMinutes minutes,
            Delivery delivery,
            List<GroupAttendee> attendees) {
        return new GroupSession(id, date, facilitators, topic, minutes, delivery, attendees);
    }

    /**
     * GRP-2: each attendee's minutes. DIVIDE_BY_ATTENDEES divides the facilitator minutes (each facilitator's minutes
     * times the number of facilitators) by the number of attendees, separately for contact, travel and
     * documentation; the leftover minutes go one each to the first attendees in recorded order, so the shares always
     * add up to the facilitator minutes. FULL_DURATION credits every attendee with the session's minutes.
     */
    public List<ServiceMinutes> shares(GroupApportionment strategy) {
        int n = attendees.size();
        return switch (strategy) {
            case FULL_DURATION -> Collections.nCopies(n, minutes);
            case DIVIDE_BY_ATTENDEES -> {
                int f = facilitators.size();
                List<ServiceMinutes> shares = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    shares.add(new ServiceMinutes(
                            share(minutes.contact() * f, n, i),
                            share(minutes.travel() * f, n, i),
                            share(minutes.documentation() * f, n, i)));
                }
                yield List.copyOf(shares);
            }
        };
    }

    /** GRP-1: one H0025 service per attendee, rendered by the lead facilitator, notes still to be written. */
    public List<ServiceDraft> yieldServices(GroupApportionment strategy) {
        List<ServiceMinutes> shares = shares(strategy);
        List<ServiceDraft> services = new ArrayList<>(attendees.size());
        for (int i = 0; i < attendees.size(); i++) {
            GroupAttendee attendee = attendees.get(i);
            services.add(new ServiceDraft(
                    attendee.member(),
                    facilitators.getFirst(),
                    date,
                    null,
                    attendee.deliverySystem(),
                    ServiceCode.H0025,
                    Set.of(ServiceComponent.EDUCATIONAL_SKILL_BUILDING_GROUP),
                    shares.get(i),
                    delivery.modality(),
                    delivery.placeOfService(),
                    true,
                    List.of(),
                    null,
                    attendee.goals(),
                    null,
                    null,
                    id,
                    false,
                    null,
                    false,
                    false));
        }
        return List.copyOf(services);
    }

    public GroupSessionId id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public List<StaffId> facilitators() {
        return facilitators;
    }

    public String topic() {
        return topic;
    }

    public ServiceMinutes minutes() {
        return minutes;
    }

    public Delivery delivery() {
        return delivery;
    }

    public List<GroupAttendee> attendees() {
        return attendees;
    }

    public int size() {
        return attendees.size();
    }

    private static int share(int total, int attendees, int index) {
        return total / attendees + (index < total % attendees ? 1 : 0);
    }
}
