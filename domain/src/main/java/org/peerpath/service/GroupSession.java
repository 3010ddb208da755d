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
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;
import org.peerpath.shared.Text;

/**
 * GRP-1: a group session (H0025), recorded once, yielding an individual service per attendee. Each facilitator is kept
 * with their minutes; the first is the lead. By default the lead renders the attendees' services; when the county says
 * so each co-facilitator renders their own (only certified peers' lines become claimable: CERT-1).
 */
public final class GroupSession {

    private final GroupSessionId id;
    private final LocalDate date;
    private final List<Facilitator> facilitators;
    private final String topic;
    private final Delivery delivery;
    private final List<GroupAttendee> attendees;

    private GroupSession(
            GroupSessionId id,
            LocalDate date,
            List<Facilitator> facilitators,
            String topic,
            Delivery delivery,
            List<GroupAttendee> attendees) {
        this.id = Objects.requireNonNull(id, "id");
        this.date = Objects.requireNonNull(date, "date");
        this.facilitators = List.copyOf(facilitators);
        this.topic = topic;
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.attendees = List.copyOf(attendees);
    }

    /**
     * GRP-1: records a session. Each facilitator comes with their minutes, the lead first; attendees keep the order
     * given, which decides who gets leftover minutes (see {@link #shares}). Size limits are claim findings (GRP-3).
     */
    public static GroupSession record(
            @Nullable LocalDate date,
            List<Facilitator> facilitators,
            @Nullable String topic,
            Delivery delivery,
            List<GroupAttendee> attendees) {
        if (facilitators.isEmpty()) {
            throw new InvalidValueException(Field.FACILITATORS, Message.FACILITATORS_GROUP_HAS_LEAST_ONE);
        }
        if (facilitators.stream().map(Facilitator::staff).distinct().count() != facilitators.size()) {
            throw new InvalidValueException(Field.FACILITATORS, Message.FACILITATORS_EACH_FACILITATOR_LISTED_ONCE);
        }
        if (attendees.isEmpty()) {
            throw new InvalidValueException(Field.ATTENDEES, Message.ATTENDEES_ADD_MEMBERS_WHO_ATTENDED);
        }
        Set<MemberId> members = new HashSet<>();
        for (GroupAttendee attendee : attendees) {
            if (!members.add(attendee.member())) {
                throw new InvalidValueException(Field.ATTENDEES, Message.ATTENDEES_EACH_MEMBER_LISTED_ONCE);
            }
        }
        return new GroupSession(
                GroupSessionId.newId(),
                Dates.required(Field.DATE, date),
                facilitators,
                Text.required(Field.TOPIC, topic, 200),
                delivery,
                attendees);
    }

    /** Rebuilds a session from storage; for persistence adapters only. */
    public static GroupSession restore(
            GroupSessionId id,
            LocalDate date,
            List<Facilitator> facilitators,
            String topic,
            Delivery delivery,
            List<GroupAttendee> attendees) {
        return new GroupSession(id, date, facilitators, topic, delivery, attendees);
    }

    /**
     * GRP-2: each attendee's minutes from all facilitators together. DIVIDE_BY_ATTENDEES divides the facilitators'
     * minutes (summed) by the number of attendees, separately for contact, travel and documentation; the leftover
     * minutes go one each to the first attendees in recorded order, so the shares always add up. FULL_DURATION credits
     * every attendee with the session's length (the lead's minutes).
     */
    public List<ServiceMinutes> shares(GroupApportionment strategy) {
        return sharesOf(totalMinutes(), strategy == GroupApportionment.FULL_DURATION ? minutes() : null);
    }

    /**
     * GRP-1: the H0025 services of the session, notes still to be written. LEAD_ONLY: one per attendee rendered by the
     * lead with the shares of all facilitators' minutes. EACH_PEER: one per attendee and facilitator, each rendered by
     * that facilitator with the share of their own minutes.
     */
    public List<ServiceDraft> yieldServices(GroupApportionment strategy, CoFacilitatorClaiming claiming) {
        List<ServiceDraft> services = new ArrayList<>();
        switch (claiming) {
            case LEAD_ONLY -> addServices(services, facilitators.getFirst().staff(), shares(strategy));
            case EACH_PEER -> {
                for (Facilitator facilitator : facilitators) {
                    ServiceMinutes own = facilitator.minutes();
                    addServices(
                            services,
                            facilitator.staff(),
                            sharesOf(own, strategy == GroupApportionment.FULL_DURATION ? own : null));
                }
            }
        }
        return List.copyOf(services);
    }

    /** GRP-1: the lead renders under LEAD_ONLY; any facilitator under EACH_PEER. */
    public boolean mayRender(StaffId peer, CoFacilitatorClaiming claiming) {
        return switch (claiming) {
            case LEAD_ONLY -> facilitators.getFirst().staff().equals(peer);
            case EACH_PEER -> facilitators.stream().anyMatch(f -> f.staff().equals(peer));
        };
    }

    private void addServices(List<ServiceDraft> services, StaffId renderer, List<ServiceMinutes> shares) {
        for (int i = 0; i < attendees.size(); i++) {
            GroupAttendee attendee = attendees.get(i);
            services.add(ServiceDraft.fromGroup(attendee.member(), renderer, id)
                    .on(date)
                    .under(attendee.deliverySystem())
                    .minutes(shares.get(i))
                    .delivered(delivery.modality(), delivery.placeOfService())
                    .goals(attendee.goals())
                    .build());
        }
    }

    private List<ServiceMinutes> sharesOf(ServiceMinutes total, @Nullable ServiceMinutes fullDuration) {
        int n = attendees.size();
        if (fullDuration != null) {
            return Collections.nCopies(n, fullDuration);
        }
        List<ServiceMinutes> shares = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            shares.add(new ServiceMinutes(
                    share(total.contact(), n, i), share(total.travel(), n, i), share(total.documentation(), n, i)));
        }
        return List.copyOf(shares);
    }

    private ServiceMinutes totalMinutes() {
        return new ServiceMinutes(
                facilitators.stream().mapToInt(f -> f.minutes().contact()).sum(),
                facilitators.stream().mapToInt(f -> f.minutes().travel()).sum(),
                facilitators.stream().mapToInt(f -> f.minutes().documentation()).sum());
    }

    public GroupSessionId id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public List<Facilitator> facilitators() {
        return facilitators;
    }

    public StaffId lead() {
        return facilitators.getFirst().staff();
    }

    public String topic() {
        return topic;
    }

    /** The session's length: the lead facilitator's minutes. */
    public ServiceMinutes minutes() {
        return facilitators.getFirst().minutes();
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
