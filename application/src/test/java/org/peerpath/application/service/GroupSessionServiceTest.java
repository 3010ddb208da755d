package org.peerpath.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.county.CountyPolicyProfile;
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
                        .map(m -> new Attendee(m, DeliverySystem.SMHS, "Shared a breathing exercise"))
                        .toList(),
                "We practised three ways to calm down.");
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
}
