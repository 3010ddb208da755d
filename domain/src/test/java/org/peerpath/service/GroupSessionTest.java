package org.peerpath.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.goal.GoalId;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

class GroupSessionTest {

    static final StaffId LEAD = StaffId.newId();
    static final StaffId CO = StaffId.newId();
    static final LocalDate DAY = LocalDate.of(2026, 10, 14);
    static final Delivery ROOM = new Delivery(Modality.IN_PERSON, PlaceOfService.COMMUNITY_MENTAL_HEALTH_CENTER);

    static List<GroupAttendee> attendees(int n) {
        List<GroupAttendee> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new GroupAttendee(MemberId.newId(), DeliverySystem.SMHS, List.of(GoalId.newId())));
        }
        return list;
    }

    static GroupSession session(List<StaffId> facilitators, ServiceMinutes minutes, int attendees) {
        return GroupSession.record(DAY, each(facilitators, minutes), "Managing stress", ROOM, attendees(attendees));
    }

    static List<Facilitator> each(List<StaffId> facilitators, ServiceMinutes minutes) {
        return facilitators.stream().map(f -> new Facilitator(f, minutes)).toList();
    }

    @Test
    void grp1_a_group_is_recorded_once_and_yields_an_h0025_service_per_attendee() {
        GroupSession group = session(List.of(LEAD, CO), ServiceMinutes.contactOnly(90), 4);

        List<ServiceDraft> services =
                group.yieldServices(GroupApportionment.FULL_DURATION, CoFacilitatorClaiming.LEAD_ONLY);

        assertThat(services).hasSize(4).allSatisfy(s -> {
            assertThat(s.code()).isEqualTo(ServiceCode.H0025);
            assertThat(s.groupSession()).isEqualTo(group.id());
            assertThat(s.peer()).isEqualTo(LEAD);
            assertThat(s.dateOfService()).isEqualTo(DAY);
            assertThat(s.placeOfService()).isEqualTo(PlaceOfService.COMMUNITY_MENTAL_HEALTH_CENTER);
            assertThat(s.components()).containsExactly(ServiceComponent.EDUCATIONAL_SKILL_BUILDING_GROUP);
        });
        assertThat(services)
                .extracting(ServiceDraft::member)
                .containsExactlyElementsOf(
                        group.attendees().stream().map(GroupAttendee::member).toList());
        assertThat(services.getFirst().goals())
                .isEqualTo(group.attendees().getFirst().goals());
        assertThat(group.topic()).isEqualTo("Managing stress");
        assertThat(group.facilitators()).extracting(Facilitator::staff).containsExactly(LEAD, CO);
        assertThat(group.lead()).isEqualTo(LEAD);
        assertThat(group.size()).isEqualTo(4);
        assertThat(group.date()).isEqualTo(DAY);
        assertThat(group.delivery()).isEqualTo(ROOM);
        assertThat(group.minutes()).isEqualTo(ServiceMinutes.contactOnly(90));
    }

    @Test
    void grp1_facilitators_attendees_and_topic_are_required_once_each() {
        assertThatThrownBy(() -> session(List.of(), ServiceMinutes.contactOnly(60), 3))
                .hasMessage("invalid.facilitators.group-has-least-one {}");
        assertThatThrownBy(() -> session(List.of(LEAD, LEAD), ServiceMinutes.contactOnly(60), 3))
                .hasMessage("invalid.facilitators.each-facilitator-listed-once {}");
        assertThatThrownBy(() -> session(List.of(LEAD), ServiceMinutes.contactOnly(60), 0))
                .hasMessage("invalid.attendees.add-members-who-attended {}");
        GroupAttendee twice = attendees(1).getFirst();
        assertThatThrownBy(() -> GroupSession.record(
                        DAY, each(List.of(LEAD), ServiceMinutes.contactOnly(60)), "t", ROOM, List.of(twice, twice)))
                .hasMessage("invalid.attendees.each-member-listed-once {}");
        assertThatThrownBy(() -> GroupSession.record(
                        DAY, each(List.of(LEAD), ServiceMinutes.contactOnly(60)), " ", ROOM, attendees(2)))
                .hasMessage("value.required {field=topic}");
        assertThatThrownBy(() -> GroupSession.record(
                        null, each(List.of(LEAD), ServiceMinutes.contactOnly(60)), "t", ROOM, attendees(2)))
                .hasMessage("value.required {field=date}");
    }

    @Test
    void grp2_divide_by_attendees_splits_facilitator_minutes_exactly() {
        GroupSession group = session(List.of(LEAD), new ServiceMinutes(90, 0, 30), 6);

        assertThat(group.shares(GroupApportionment.DIVIDE_BY_ATTENDEES))
                .hasSize(6)
                .allMatch(share -> share.equals(new ServiceMinutes(15, 0, 5)));
    }

    @Test
    void grp2_leftover_minutes_go_one_each_to_the_first_attendees_in_recorded_order() {
        // 2 facilitators x 50 minutes = 100 facilitator minutes over 7 attendees: 14 each, 2 left over
        GroupSession group = session(List.of(LEAD, CO), new ServiceMinutes(50, 10, 0), 7);

        List<ServiceMinutes> shares = group.shares(GroupApportionment.DIVIDE_BY_ATTENDEES);

        assertThat(shares).extracting(ServiceMinutes::contact).containsExactly(15, 15, 14, 14, 14, 14, 14);
        // 20 travel minutes over 7: 2 each, 6 left over
        assertThat(shares).extracting(ServiceMinutes::travel).containsExactly(3, 3, 3, 3, 3, 3, 2);
        assertThat(shares.stream().mapToInt(ServiceMinutes::contact).sum()).isEqualTo(100);
        assertThat(group.shares(GroupApportionment.DIVIDE_BY_ATTENDEES)).isEqualTo(shares);
    }

    @Test
    void grp2_full_duration_credits_every_attendee_with_the_session_length() {
        GroupSession group = session(List.of(LEAD, CO), new ServiceMinutes(50, 10, 0), 7);

        assertThat(group.shares(GroupApportionment.FULL_DURATION))
                .hasSize(7)
                .containsOnly(new ServiceMinutes(50, 10, 0));
        assertThat(group.yieldServices(GroupApportionment.DIVIDE_BY_ATTENDEES, CoFacilitatorClaiming.LEAD_ONLY)
                        .getLast()
                        .minutes())
                .isEqualTo(new ServiceMinutes(14, 2, 0));
    }

    @Test
    void grp1_each_facilitator_keeps_their_own_minutes() {
        GroupSession group = GroupSession.record(
                DAY,
                List.of(
                        new Facilitator(LEAD, ServiceMinutes.contactOnly(90)),
                        new Facilitator(CO, ServiceMinutes.contactOnly(30))),
                "Managing stress",
                ROOM,
                attendees(4));

        assertThat(group.minutes()).as("the session's length is the lead's").isEqualTo(ServiceMinutes.contactOnly(90));
        assertThat(group.shares(GroupApportionment.DIVIDE_BY_ATTENDEES))
                .as("(90 + 30) / 4")
                .containsOnly(ServiceMinutes.contactOnly(30));
    }

    @Test
    void grp1_lead_only_the_lead_renders_every_attendees_line() {
        GroupSession group = GroupSession.record(
                DAY,
                List.of(
                        new Facilitator(LEAD, ServiceMinutes.contactOnly(90)),
                        new Facilitator(CO, ServiceMinutes.contactOnly(30))),
                "Managing stress",
                ROOM,
                attendees(3));

        List<ServiceDraft> lines =
                group.yieldServices(GroupApportionment.DIVIDE_BY_ATTENDEES, CoFacilitatorClaiming.LEAD_ONLY);

        assertThat(lines).hasSize(3).allMatch(s -> s.peer().equals(LEAD));
        assertThat(lines).extracting(ServiceDraft::minutes).containsOnly(ServiceMinutes.contactOnly(40));
        assertThat(group.mayRender(LEAD, CoFacilitatorClaiming.LEAD_ONLY)).isTrue();
        assertThat(group.mayRender(CO, CoFacilitatorClaiming.LEAD_ONLY)).isFalse();
    }

    @Test
    void grp1_each_peer_every_facilitator_renders_a_line_per_attendee_for_their_own_minutes() {
        GroupSession group = GroupSession.record(
                DAY,
                List.of(
                        new Facilitator(LEAD, ServiceMinutes.contactOnly(90)),
                        new Facilitator(CO, ServiceMinutes.contactOnly(30))),
                "Managing stress",
                ROOM,
                attendees(3));

        List<ServiceDraft> divided =
                group.yieldServices(GroupApportionment.DIVIDE_BY_ATTENDEES, CoFacilitatorClaiming.EACH_PEER);
        List<ServiceDraft> full =
                group.yieldServices(GroupApportionment.FULL_DURATION, CoFacilitatorClaiming.EACH_PEER);

        assertThat(divided).hasSize(6);
        assertThat(divided.stream().filter(s -> s.peer().equals(LEAD)))
                .extracting(ServiceDraft::minutes)
                .containsOnly(ServiceMinutes.contactOnly(30));
        assertThat(divided.stream().filter(s -> s.peer().equals(CO)))
                .extracting(ServiceDraft::minutes)
                .containsOnly(ServiceMinutes.contactOnly(10));
        assertThat(full.stream().filter(s -> s.peer().equals(CO)))
                .extracting(ServiceDraft::minutes)
                .containsOnly(ServiceMinutes.contactOnly(30));
        assertThat(group.mayRender(CO, CoFacilitatorClaiming.EACH_PEER)).isTrue();
        assertThat(group.mayRender(StaffId.newId(), CoFacilitatorClaiming.EACH_PEER))
                .isFalse();
    }

    @Test
    void grp1_restore_rebuilds_a_session() {
        GroupSession group = session(List.of(LEAD), ServiceMinutes.contactOnly(60), 2);

        GroupSession restored =
                GroupSession.restore(group.id(), DAY, group.facilitators(), group.topic(), ROOM, group.attendees());

        assertThat(restored.id()).isEqualTo(group.id());
        assertThat(restored.size()).isEqualTo(2);
    }
}
