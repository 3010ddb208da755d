package org.peerpath.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.claim.ClaimWorld;
import org.peerpath.application.collateral.InMemoryCollaterals;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.service.port.in.AttendeeCheck;
import org.peerpath.application.service.port.in.GroupSessionInvalid;
import org.peerpath.application.service.port.in.GroupSessionRecorded;
import org.peerpath.application.service.port.in.RecordGroupSessionCommand;
import org.peerpath.application.service.port.in.RecordGroupSessionCommand.Attendee;
import org.peerpath.application.service.port.in.RecordGroupSessionCommand.CoFacilitator;
import org.peerpath.application.service.port.in.SavedService;
import org.peerpath.application.service.port.in.ServiceFormOptions;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.goal.GoalId;
import org.peerpath.member.MemberId;
import org.peerpath.service.CoFacilitatorClaiming;
import org.peerpath.service.GroupApportionment;
import org.peerpath.service.Modality;
import org.peerpath.service.PeerService;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;

/** Recording a group once yields a service and note per attendee, minutes shared by the county's strategy (GRP-1..3). */
class GroupSessionServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private final ClaimWorld world = new ClaimWorld();
    private final InMemoryPeerServices services = new InMemoryPeerServices();
    private final InMemoryGroupSessions groups = new InMemoryGroupSessions();
    private final GroupSessionService recording = new GroupSessionService(
            world.members,
            world.careTeam,
            services,
            groups,
            world.records,
            world.facts,
            world.counties,
            new InMemoryStaffDirectory(),
            world.audit,
            world.clock);
    private final PeerServiceQueryService queries = new PeerServiceQueryService(
            world.members, world.careTeam, services, world.facts, world.audit, world.clock, groups);
    private final ServiceFormQueryService form = new ServiceFormQueryService(
            world.members,
            world.careTeam,
            services,
            new InMemoryCollaterals(),
            world.records,
            world.episodes,
            world.counties,
            world.facts,
            groups,
            world.audit,
            new org.peerpath.application.staff.InMemoryStaffDirectory(),
            world.clock);
    private final Actor peer = ClaimWorld.actor(Role.PEER);
    private final StaffId supervisor = world.completePeer(peer.id());

    private List<MemberId> members(int count) {
        List<MemberId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MemberId id = world.member(peer.id(), "Attendee" + i).id();
            world.completeCare(id, peer.id(), supervisor);
            ids.add(id);
        }
        return ids;
    }

    private static RecordGroupSessionCommand group(
            Actor lead, int minutes, List<CoFacilitator> co, List<MemberId> attendees) {
        return new RecordGroupSessionCommand(
                lead,
                DAY,
                "Coping with stress",
                minutes,
                co,
                Modality.IN_PERSON,
                PlaceOfService.OFFICE,
                attendees.stream()
                        .map(m -> new Attendee(m, DeliverySystem.SMHS, List.of(), "Shared a breathing exercise"))
                        .toList(),
                "We practised three ways to calm down.");
    }

    /** The same group, with the goals each attendee's plan addressed (GOAL-3). */
    private static RecordGroupSessionCommand withGoals(
            RecordGroupSessionCommand group, Map<MemberId, List<GoalId>> goals) {
        return new RecordGroupSessionCommand(
                group.actor(),
                group.date(),
                group.topic(),
                group.leadMinutes(),
                group.coFacilitators(),
                group.modality(),
                group.placeOfService(),
                group.attendees().stream()
                        .map(a -> new Attendee(
                                a.member(),
                                a.deliverySystem(),
                                goals.getOrDefault(a.member(), List.of()),
                                a.individualization()))
                        .toList(),
                group.narrative());
    }

    private List<GoalId> goalsOf(MemberId member) {
        return recording.goalsInForce(peer, member, DAY).stream()
                .map(ServiceFormOptions.GoalChoice::id)
                .toList();
    }

    private static List<String> rulesOf(AttendeeCheck check) {
        return check.check().findings().stream().map(f -> f.ruleId()).toList();
    }

    private void county(GroupApportionment apportionment, CoFacilitatorClaiming claiming) {
        CountyPolicyProfile profile = world.counties.find().orElseThrow();
        world.counties.save(profile.changeSettings(
                profile.settings().withGroupApportionment(apportionment).withCoFacilitatorClaiming(claiming)));
    }

    @Test
    void grp1_grp2_a_group_of_four_yields_four_h0025_services_and_notes_minutes_divided_by_attendees() {
        List<MemberId> four = members(4);

        GroupSessionRecorded recorded = recording.record(group(peer, 90, List.of(), four));

        assertThat(recorded.services()).hasSize(4);
        assertThat(recorded.services()).extracting(AttendeeCheck::member).containsExactlyElementsOf(four);
        // GRP-2: 90 minutes / 4 attendees = 23, 23, 22, 22; SVC-3: 2, 2, 1, 1 units
        assertThat(recorded.services())
                .extracting(AttendeeCheck::contactMinutes)
                .containsExactly(23, 23, 22, 22);
        assertThat(recorded.services()).extracting(a -> a.check().units()).containsExactly(2, 2, 1, 1);
        assertThat(recorded.services()).allSatisfy(a -> {
            assertThat(a.check().code()).isEqualTo(ServiceCode.H0025);
            assertThat(a.check().isReady()).as(a.check().findings().toString()).isTrue();
            assertThat(a.service()).isNotNull();
        });
        PeerService first = services.findById(
                        Objects.requireNonNull(recorded.services().getFirst().service()))
                .orElseThrow();
        assertThat(first.asDraft().groupSession()).isEqualTo(recorded.id());
        assertThat(first.note().orElseThrow().text())
                .isEqualTo("We practised three ways to calm down.\n\nShared a breathing exercise");
        assertThat(groups.findById(recorded.id())).isPresent();
        // the member's history judges the group service with its session: claimable (GRP-1, GRP-3)
        ServiceSummary listed = queries.servicesOf(peer, four.getFirst(), PageSpec.first(5))
                .orElseThrow()
                .items()
                .getFirst();
        assertThat(listed.code()).isEqualTo(ServiceCode.H0025);
        assertThat(listed.claimable()).as(listed.reasons().toString()).isTrue();
        assertThat(world.audit.forMember(four.get(2), 5))
                .extracting(AuditEvent::action)
                .contains(AuditAction.GROUP_SESSION_RECORDED);
    }

    @Test
    void grp1_grp3_a_saved_group_service_opens_judged_with_its_session() {
        GroupSessionRecorded recorded = recording.record(group(peer, 60, List.of(), members(2)));
        ServiceId first = Objects.requireNonNull(recorded.services().getFirst().service());

        SavedService opened = form.open(peer, first).orElseThrow();

        // without its session the saved service would read GRP-1 "group session not recorded"
        assertThat(opened.check().readiness().findings())
                .extracting(f -> f.ruleId())
                .doesNotContain("GRP-1");
        assertThat(opened.check().isReady())
                .as(opened.check().readiness().findings().toString())
                .isTrue();
    }

    @Test
    void grp2_full_duration_credits_every_attendee_with_the_sessions_length() {
        county(GroupApportionment.FULL_DURATION, CoFacilitatorClaiming.LEAD_ONLY);

        GroupSessionRecorded recorded = recording.record(group(peer, 60, List.of(), members(3)));

        assertThat(recorded.services()).extracting(a -> a.check().units()).containsExactly(4, 4, 4);
    }

    @Test
    void grp1_each_peer_yields_a_service_per_attendee_and_facilitator_and_an_uncertified_one_is_not_claimable() {
        county(GroupApportionment.DIVIDE_BY_ATTENDEES, CoFacilitatorClaiming.EACH_PEER);
        StaffId co = StaffId.newId();

        GroupSessionRecorded recorded =
                recording.record(group(peer, 60, List.of(new CoFacilitator(co, 30)), members(2)));

        assertThat(recorded.services()).hasSize(4);
        assertThat(recorded.services())
                .extracting(AttendeeCheck::renderer)
                .containsExactly(peer.id(), peer.id(), co, co);
        assertThat(recorded.services())
                .extracting(AttendeeCheck::contactMinutes)
                .containsExactly(30, 30, 15, 15);
        assertThat(recorded.services().getLast().check().isReady()).isFalse();
        assertThat(recorded.services().getLast().check().findings())
                .extracting(f -> f.ruleId())
                .contains("CERT-1");
    }

    @Test
    void grp3_fewer_than_two_or_more_than_twelve_attendees_are_refused_at_the_attendees() {
        assertThatThrownBy(() -> recording.record(group(peer, 60, List.of(), members(1))))
                .isInstanceOfSatisfying(GroupSessionInvalid.class, e -> {
                    assertThat(e.field()).isEqualTo("attendees");
                    assertThat(e.code()).isEqualTo("groups.invalid.size");
                });
        assertThatThrownBy(() -> recording.check(group(peer, 60, List.of(), members(13))))
                .isInstanceOfSatisfying(
                        GroupSessionInvalid.class, e -> assertThat(e.field()).isEqualTo("attendees"));
        assertThat(groups.count()).isZero();
    }

    @Test
    void bad_input_is_named_at_its_field_and_nothing_is_saved() {
        List<MemberId> two = members(2);
        RecordGroupSessionCommand good = group(peer, 60, List.of(), two);

        assertThatThrownBy(() -> recording.record(new RecordGroupSessionCommand(
                        peer,
                        DAY,
                        " ",
                        60,
                        List.of(),
                        Modality.IN_PERSON,
                        PlaceOfService.OFFICE,
                        good.attendees(),
                        "n")))
                .isInstanceOfSatisfying(
                        GroupSessionInvalid.class, e -> assertThat(e.field()).isEqualTo("topic"));
        assertThatThrownBy(() -> recording.record(group(peer, 0, List.of(), two)))
                .isInstanceOfSatisfying(
                        GroupSessionInvalid.class, e -> assertThat(e.field()).isEqualTo("leadMinutes"));
        assertThatThrownBy(
                        () -> recording.record(group(peer, 60, List.of(new CoFacilitator(StaffId.newId(), -5)), two)))
                .isInstanceOfSatisfying(
                        GroupSessionInvalid.class, e -> assertThat(e.field()).isEqualTo("coFacilitators"));
        assertThatThrownBy(() -> recording.record(new RecordGroupSessionCommand(
                        peer,
                        DAY.plusDays(30),
                        "Topic",
                        60,
                        List.of(),
                        Modality.IN_PERSON,
                        PlaceOfService.OFFICE,
                        good.attendees(),
                        "n")))
                .isInstanceOfSatisfying(
                        GroupSessionInvalid.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> recording.record(new RecordGroupSessionCommand(
                        peer,
                        DAY,
                        "Topic",
                        60,
                        List.of(),
                        Modality.IN_PERSON,
                        PlaceOfService.OFFICE,
                        good.attendees(),
                        "")))
                .isInstanceOfSatisfying(
                        GroupSessionInvalid.class, e -> assertThat(e.field()).isEqualTo("narrative"));
        assertThat(groups.count()).isZero();
        assertThat(services.findByPeer(peer.id(), DAY.minusDays(1), 10)).isEmpty();
    }

    @Test
    void mem3_an_attendee_off_the_leads_care_team_refuses_the_whole_group_and_is_audited() {
        List<MemberId> attendees = new ArrayList<>(members(2));
        MemberId stranger = world.member(StaffId.newId(), "Stranger").id();
        attendees.add(stranger);

        assertThatThrownBy(() -> recording.record(group(peer, 60, List.of(), attendees)))
                .isInstanceOf(MemberNotFoundException.class);
        assertThat(groups.count()).isZero();
        assertThat(world.audit.forMember(stranger, 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.MEMBER_ACCESS_DENIED);
    }

    @Test
    void check1_the_check_before_saving_answers_for_each_attendee_and_saves_nothing() {
        List<AttendeeCheck> checks = recording.check(group(peer, 45, List.of(), members(3)));

        assertThat(checks).hasSize(3).allSatisfy(c -> assertThat(c.service()).isNull());
        assertThat(checks).extracting(AttendeeCheck::contactMinutes).containsExactly(15, 15, 15);
        assertThat(groups.count()).isZero();
    }

    @Test
    void goal3_each_attendees_service_is_saved_with_the_goals_of_their_plan_the_group_addressed() {
        List<MemberId> three = members(3);
        List<GoalId> first = goalsOf(three.get(0));
        List<GoalId> second = goalsOf(three.get(1));
        assertThat(first).hasSize(1);
        RecordGroupSessionCommand command =
                withGoals(group(peer, 60, List.of(), three), Map.of(three.get(0), first, three.get(1), second));

        // CHECK-1: the live check already counts the goals: no GOAL-3 warning for an attendee with a goal
        List<AttendeeCheck> before = recording.check(command);
        assertThat(rulesOf(before.get(0))).doesNotContain("GOAL-3");
        assertThat(rulesOf(before.get(1))).doesNotContain("GOAL-3");
        assertThat(rulesOf(before.get(2))).contains("GOAL-3");

        GroupSessionRecorded recorded = recording.record(command);

        List<List<GoalId>> saved = recorded.services().stream()
                .map(a -> services.findById(Objects.requireNonNull(a.service()))
                        .orElseThrow()
                        .asDraft()
                        .goals())
                .toList();
        assertThat(saved).containsExactly(first, second, List.of());
        assertThat(rulesOf(recorded.services().get(0))).doesNotContain("GOAL-3");
        assertThat(rulesOf(recorded.services().get(2))).contains("GOAL-3");
        // the saved service opens with its goal: GOAL-3 stays quiet
        SavedService opened = form.open(
                        peer,
                        Objects.requireNonNull(recorded.services().getFirst().service()))
                .orElseThrow();
        assertThat(opened.check().readiness().findings())
                .extracting(f -> f.ruleId())
                .doesNotContain("GOAL-3");
        assertThat(world.audit.forMember(three.get(0), 5))
                .extracting(AuditEvent::action)
                .contains(AuditAction.GROUP_SESSION_RECORDED, AuditAction.PLAN_VIEWED);
    }

    @Test
    void goal3_another_members_goal_is_refused_at_the_goals_and_nothing_is_saved() {
        List<MemberId> two = members(2);
        List<GoalId> othersGoal = goalsOf(two.get(1));
        RecordGroupSessionCommand command = withGoals(group(peer, 60, List.of(), two), Map.of(two.get(0), othersGoal));

        assertThatThrownBy(() -> recording.record(command)).isInstanceOfSatisfying(GroupSessionInvalid.class, e -> {
            assertThat(e.field()).isEqualTo("goals");
            assertThat(e.code()).isEqualTo("groups.invalid.goal-not-in-plan");
        });
        assertThatThrownBy(() -> recording.check(command))
                .isInstanceOfSatisfying(
                        GroupSessionInvalid.class, e -> assertThat(e.field()).isEqualTo("goals"));
        assertThatThrownBy(() -> recording.record(
                        withGoals(group(peer, 60, List.of(), two), Map.of(two.get(0), List.of(GoalId.newId())))))
                .isInstanceOfSatisfying(
                        GroupSessionInvalid.class, e -> assertThat(e.field()).isEqualTo("goals"));
        assertThat(groups.count()).isZero();
        assertThat(services.findByPeer(peer.id(), DAY.minusDays(1), 10)).isEmpty();
    }

    @Test
    void goal3_a_goal_of_a_plan_not_yet_in_force_on_the_groups_date_is_refused() {
        List<MemberId> two = members(2);
        List<GoalId> goals = goalsOf(two.get(0));
        // the plans of ClaimWorld are complete from 2026-01-16
        RecordGroupSessionCommand early = new RecordGroupSessionCommand(
                peer,
                LocalDate.of(2026, 1, 10),
                "Coping with stress",
                60,
                List.of(),
                Modality.IN_PERSON,
                PlaceOfService.OFFICE,
                two.stream()
                        .map(m -> new Attendee(
                                m, DeliverySystem.SMHS, m.equals(two.get(0)) ? goals : List.of(), "Spoke up"))
                        .toList(),
                "We practised three ways to calm down.");

        assertThatThrownBy(() -> recording.record(early))
                .isInstanceOfSatisfying(
                        GroupSessionInvalid.class, e -> assertThat(e.field()).isEqualTo("goals"));
        assertThat(recording.goalsInForce(peer, two.get(0), LocalDate.of(2026, 1, 10)))
                .isEmpty();
    }

    @Test
    void goal3_the_goals_in_force_are_in_the_members_words_empty_without_a_plan_and_only_for_the_care_team() {
        MemberId planned = members(1).getFirst();
        MemberId noPlan = world.member(peer.id(), "NoPlan").id();
        MemberId stranger = world.member(StaffId.newId(), "Stranger").id();

        assertThat(recording.goalsInForce(peer, planned, DAY))
                .extracting(ServiceFormOptions.GoalChoice::inMemberWords)
                .containsExactly("I want to get back to work");
        assertThat(recording.goalsInForce(peer, noPlan, DAY)).isEmpty();
        assertThatThrownBy(() -> recording.goalsInForce(peer, stranger, DAY))
                .isInstanceOf(MemberNotFoundException.class);
        assertThat(world.audit.forMember(planned, 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.PLAN_VIEWED);
        assertThat(world.audit.forMember(stranger, 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.MEMBER_ACCESS_DENIED);
    }
}
