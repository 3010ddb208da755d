package org.peerpath.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.claim.ClaimCheckQueryTest;
import org.peerpath.application.claim.ClaimWorld;
import org.peerpath.application.claim.port.in.CheckServiceCommand;
import org.peerpath.application.claim.port.in.ServiceInput;
import org.peerpath.application.collateral.InMemoryCollaterals;
import org.peerpath.application.collateral.port.out.CollateralFile;
import org.peerpath.application.plan.port.in.RecordProgressCommand;
import org.peerpath.application.plan.port.out.SupervisedMembers.SupervisedMember;
import org.peerpath.application.service.port.in.CosignNoteCommand;
import org.peerpath.application.service.port.in.GoalProgressInput;
import org.peerpath.application.service.port.in.NoteAwaitingCosign;
import org.peerpath.application.service.port.in.RecordPeerServiceCommand;
import org.peerpath.application.service.port.in.SavedService;
import org.peerpath.application.service.port.in.ServiceFormOptions;
import org.peerpath.application.service.port.in.ServiceNotFoundException;
import org.peerpath.application.service.port.in.ServiceRefusedException;
import org.peerpath.application.service.port.in.SignNoteCommand;
import org.peerpath.application.service.port.in.VoidServiceCommand;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.collateral.Collateral;
import org.peerpath.collateral.ContactDetails;
import org.peerpath.collateral.Relationship;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.goal.GoalId;
import org.peerpath.member.Language;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.service.AgencyContact;
import org.peerpath.service.Modality;
import org.peerpath.service.PeerService;
import org.peerpath.service.ServiceStatus;
import org.peerpath.shared.County;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;

/** Issue H, the service form's use cases: participants, goals, void, co-sign and the audited check. */
class ServiceFormUseCasesTest {

    private static final LocalDate ON = LocalDate.of(2026, 10, 14);

    private final ClaimWorld world = new ClaimWorld();
    private final InMemoryPeerServices store = new InMemoryPeerServices();
    private final InMemoryCollaterals collaterals = new InMemoryCollaterals();
    private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    private final List<RecordProgressCommand> progress = new ArrayList<>();
    private final RecordPeerServiceService recording = new RecordPeerServiceService(
            world.members, world.careTeam, store, world.records, collaterals, progress::add, world.audit, world.clock);
    private final ManageNotesService notes =
            new ManageNotesService(store, world.members, world.careTeam, world.counties, world.audit, world.clock);
    private final ServiceFormQueryService form = new ServiceFormQueryService(
            world.members,
            world.careTeam,
            store,
            collaterals,
            world.records,
            world.episodes,
            world.counties,
            world.facts,
            new InMemoryGroupSessions(),
            world.audit,
            staff,
            world.clock);
    private final List<SupervisedMember> supervised = new ArrayList<>();
    private final NotesToCosignService waitingNotes = new NotesToCosignService(
            (who, on) -> List.copyOf(supervised),
            world.members,
            world.careTeam,
            store,
            world.counties,
            world.audit,
            world.clock);
    private final Actor peer = ClaimWorld.actor(Role.PEER);
    private StaffId supervisor = StaffId.newId();

    private MemberId completeMember(String given) {
        Member member = world.member(peer.id(), given);
        supervisor = world.completePeer(peer.id());
        world.completeCare(member.id(), peer.id(), supervisor);
        return member.id();
    }

    private Collateral collateralOf(MemberId member, String given) {
        Collateral person = Collateral.register(
                member,
                new PersonName(given, "Formtest"),
                Relationship.PARENT,
                new ContactDetails("(530) 555-0100", null, null),
                new Language("English"));
        collaterals.save(CollateralFile.of(person));
        return person;
    }

    private static ServiceInput with(
            ServiceInput base, boolean present, List<org.peerpath.collateral.CollateralId> people, List<GoalId> goals) {
        return base.toBuilder()
                .delivered(Modality.VIDEO, null)
                .memberAtHome(true)
                .memberPresent(present, present ? null : "In hospital")
                .agencyContacted("County housing office", AgencyContact.Purpose.RESOURCE_NAVIGATION)
                .level(null)
                .crisis(false)
                .collaterals(people)
                .moreAgencies(List.of())
                .goals(goals)
                .transition(null)
                .build();
    }

    private GoalId goalOf(MemberId member) {
        return world.records.plansOf(member).getFirst().goals().getFirst().id();
    }

    @Test
    void svc6_col2_goal3_a_video_service_with_a_collateral_an_agency_and_a_goal_the_member_absent_is_stored() {
        MemberId member = completeMember("Absent");
        Collateral rosa = collateralOf(member, "Rosa");
        GoalId goal = goalOf(member);
        ServiceInput input = with(ClaimCheckQueryTest.service(member, ON), false, List.of(rosa.id()), List.of(goal));

        ServiceId id = recording.record(new RecordPeerServiceCommand(
                peer, input, "We called", new GoalProgressInput(goal, 6, null, "Applied for two jobs")));

        PeerService saved = store.findById(id).orElseThrow();
        assertThat(saved.asDraft().memberPresent()).isFalse();
        assertThat(saved.asDraft().collateralParticipants()).containsExactly(rosa.id());
        assertThat(saved.asDraft().agencyContacts())
                .containsExactly(new AgencyContact("County housing office", AgencyContact.Purpose.RESOURCE_NAVIGATION));
        assertThat(saved.asDraft().goals()).containsExactly(goal);
        // GOAL-2 in the same step, dated on the date of service
        assertThat(progress).singleElement().satisfies(p -> {
            assertThat(p.goal()).isEqualTo(goal);
            assertThat(p.on()).isEqualTo(ON);
            assertThat(p.rating()).isEqualTo(6);
        });
        SavedService opened = form.open(peer, id).orElseThrow();
        assertThat(opened.collaterals()).containsExactly("Rosa Formtest");
        assertThat(opened.goals()).containsExactly("I want to get back to work");
        assertThat(opened.check().findings()).extracting(f -> f.ruleId()).doesNotContain("SVC-6");
    }

    @Test
    void col2_a_collateral_of_another_member_is_refused_at_the_collaterals_and_nothing_is_saved() {
        MemberId member = completeMember("Own");
        MemberId other = completeMember("Other");
        Collateral theirs = collateralOf(other, "Theo");
        ServiceInput input = with(ClaimCheckQueryTest.service(member, ON), false, List.of(theirs.id()), List.of());

        assertThatThrownBy(() -> recording.record(new RecordPeerServiceCommand(peer, input, null)))
                .isInstanceOfSatisfying(ServiceRefusedException.class, e -> assertThat(e.field())
                        .isEqualTo("collaterals"));
        assertThat(store.findByMember(member, 5, null)).isEmpty();
    }

    @Test
    void goal3_a_goal_of_another_members_plan_is_refused_and_progress_only_for_an_addressed_goal() {
        MemberId member = completeMember("Goals");
        MemberId other = completeMember("Elsewhere");
        ServiceInput foreign = with(ClaimCheckQueryTest.service(member, ON), true, List.of(), List.of(goalOf(other)));
        assertThatThrownBy(() -> recording.record(new RecordPeerServiceCommand(peer, foreign, null)))
                .isInstanceOfSatisfying(ServiceRefusedException.class, e -> assertThat(e.field())
                        .isEqualTo("goals"));

        ServiceInput none = with(ClaimCheckQueryTest.service(member, ON), true, List.of(), List.of());
        assertThatThrownBy(() -> recording.record(new RecordPeerServiceCommand(
                        peer, none, null, new GoalProgressInput(goalOf(member), 5, null, null))))
                .isInstanceOfSatisfying(ServiceRefusedException.class, e -> assertThat(e.field())
                        .isEqualTo("progressGoal"));
        assertThat(progress).isEmpty();
    }

    @Test
    void col2_goal3_loc3_the_form_offers_the_members_own_collaterals_the_plans_goals_and_transitions() {
        MemberId member = completeMember("Options");
        collateralOf(member, "Rosa");
        collateralOf(completeMember("Stranger"), "Theo");

        ServiceFormOptions options = form.options(peer, member, ON).orElseThrow();

        assertThat(options.collaterals())
                .extracting(ServiceFormOptions.Participant::name)
                .containsExactly("Rosa Formtest");
        assertThat(options.goals())
                .extracting(ServiceFormOptions.GoalChoice::inMemberWords)
                .containsExactly("I want to get back to work");
        assertThat(options.transitions()).isNotEmpty().allSatisfy(t -> assertThat(t.from())
                .isEqualTo(org.peerpath.levelofcare.LevelOfCare.SMHS_OUTPATIENT));
        assertThat(form.options(ClaimWorld.actor(Role.PEER), member, ON)).isEmpty();
    }

    @Test
    void svc9_a_signed_service_is_voided_with_a_reason_stays_visible_as_voided_and_is_not_claimable() {
        MemberId member = completeMember("Voided");
        ServiceId id =
                recording.record(new RecordPeerServiceCommand(peer, ClaimCheckQueryTest.service(member, ON), "We met"));
        notes.sign(
                new SignNoteCommand(peer, id, store.findById(id).orElseThrow().version()));
        long version = store.findById(id).orElseThrow().version();

        assertThatThrownBy(() -> notes.voidService(new VoidServiceCommand(peer, id, version, " ")))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("voidReason"));
        assertThatThrownBy(() ->
                        notes.voidService(new VoidServiceCommand(ClaimWorld.actor(Role.PEER), id, version, "Not mine")))
                .isInstanceOf(ServiceNotFoundException.class);
        notes.voidService(new VoidServiceCommand(peer, id, version, "Recorded for the wrong member"));

        SavedService opened = form.open(peer, id).orElseThrow();
        assertThat(opened.status()).isEqualTo(ServiceStatus.VOIDED);
        assertThat(opened.voidReason()).isEqualTo("Recorded for the wrong member");
        assertThat(opened.check().isReady()).isFalse();
        assertThat(opened.check().findings()).extracting(f -> f.ruleId()).contains("SVC-9");
        assertThat(world.audit.forMember(member, 10))
                .extracting(AuditEvent::action)
                .contains(AuditAction.SERVICE_VOIDED);
    }

    @Test
    void svc9_an_unsigned_service_may_be_voided_too() {
        MemberId member = completeMember("Unsigned");
        ServiceId id =
                recording.record(new RecordPeerServiceCommand(peer, ClaimCheckQueryTest.service(member, ON), null));

        notes.voidService(new VoidServiceCommand(peer, id, 0, "Duplicate"));

        assertThat(store.findById(id).orElseThrow().status()).isEqualTo(ServiceStatus.VOIDED);
    }

    @Test
    void svc10_the_supervisor_cosigns_a_signed_note_only_when_the_county_asks_for_it() {
        MemberId member = completeMember("Cosigned");
        ServiceId id =
                recording.record(new RecordPeerServiceCommand(peer, ClaimCheckQueryTest.service(member, ON), "We met"));
        notes.sign(new SignNoteCommand(peer, id, 0));
        Actor boss = new Actor(supervisor, "super", Set.of(Role.SUPERVISOR));
        staff.save(new StaffAccount(
                supervisor, "super", "Dana Whitfield", "hash", Set.of(Role.SUPERVISOR), true, false, null, 0));
        long version = store.findById(id).orElseThrow().version();

        // off by default
        assertThat(form.open(boss, id).orElseThrow().mayCosign()).isFalse();
        assertThatThrownBy(() -> notes.cosign(new CosignNoteCommand(boss, id, version)))
                .isInstanceOf(ServiceRefusedException.class);

        CountyPolicyProfile county = world.counties.find().orElseThrow();
        assertThat(county.county()).isEqualTo(County.YOLO);
        world.counties.save(county.changeSettings(county.settings().withSupervisorCosignsNotes(true)));
        SavedService waiting = form.open(boss, id).orElseThrow();
        assertThat(waiting.mayCosign()).isTrue();
        assertThat(waiting.noteCosignedBy()).isNull();
        assertThat(form.open(peer, id).orElseThrow().mayCosign()).isFalse();
        assertThatThrownBy(() -> notes.cosign(new CosignNoteCommand(
                        new Actor(StaffId.newId(), "other", Set.of(Role.SUPERVISOR)), id, version)))
                .isInstanceOf(ServiceNotFoundException.class);
        notes.cosign(new CosignNoteCommand(boss, id, version));

        SavedService cosigned = form.open(peer, id).orElseThrow();
        assertThat(cosigned.noteCosigned()).isTrue();
        assertThat(cosigned.noteCosignedBy()).isEqualTo("Dana Whitfield");
        assertThat(form.open(boss, id).orElseThrow().mayCosign()).isFalse();
        assertThat(cosigned.check().findings()).extracting(f -> f.ruleId()).doesNotContain("SVC-10");
    }

    @Test
    void svc10_mem3_a_supervisor_lists_the_signed_notes_of_the_peers_she_oversees_only_while_the_county_asks() {
        MemberId member = completeMember("Waiting");
        ServiceId signed =
                recording.record(new RecordPeerServiceCommand(peer, ClaimCheckQueryTest.service(member, ON), "We met"));
        notes.sign(new SignNoteCommand(peer, signed, 0));
        recording.record(new RecordPeerServiceCommand(
                peer, ClaimCheckQueryTest.service(member, ON.minusDays(1)), "Not signed yet"));
        // the store answers by supervisor; the care-team rule checks each member again
        supervised.add(new SupervisedMember(member, "Waiting Claimworld", peer.id(), "Ava"));
        Actor boss = new Actor(supervisor, "super", Set.of(Role.SUPERVISOR));
        Actor other = new Actor(StaffId.newId(), "other", Set.of(Role.SUPERVISOR));

        assertThat(waitingNotes.notesToCosign(boss)).as("off by default").isEmpty();

        CountyPolicyProfile county = world.counties.find().orElseThrow();
        world.counties.save(county.changeSettings(county.settings().withSupervisorCosignsNotes(true)));
        assertThat(waitingNotes.notesToCosign(boss))
                .singleElement()
                .extracting(
                        NoteAwaitingCosign::service, NoteAwaitingCosign::peerName, NoteAwaitingCosign::dateOfService)
                .containsExactly(signed, "Ava", ON);
        assertThat(world.audit.forMember(member, 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.SERVICES_VIEWED);
        assertThat(waitingNotes.notesToCosign(other)).as("not her peer").isEmpty();

        notes.cosign(new CosignNoteCommand(
                boss, signed, store.findById(signed).orElseThrow().version()));
        assertThat(waitingNotes.notesToCosign(boss)).as("co-signed").isEmpty();
    }

    @Test
    void conf4_live_rechecks_are_not_audited_the_opening_of_a_saved_service_and_the_save_are() {
        MemberId member = completeMember("Audited");
        int before = world.audit.forMember(member, 100).size();
        for (int i = 0; i < 5; i++) {
            world.checks.check(CheckServiceCommand.live(peer, ClaimCheckQueryTest.service(member, ON)));
        }
        assertThat(world.audit.forMember(member, 100)).hasSize(before);

        ServiceId id =
                recording.record(new RecordPeerServiceCommand(peer, ClaimCheckQueryTest.service(member, ON), null));
        form.open(peer, id);

        assertThat(world.audit.forMember(member, 100).subList(0, 3))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.CLAIM_CHECKED, AuditAction.SERVICE_OPENED, AuditAction.SERVICE_RECORDED);
    }
}
